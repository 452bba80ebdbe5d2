package de.foyer.server.admin;

import de.foyer.protocol.DisplayState;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The notices table: the lines administrators write for the waiting rooms' screens. */
final class NoticeDao {

    private final Handle handle;

    NoticeDao(Handle handle) {
        this.handle = handle;
    }

    void insert(String id, String officeId, Requests.Notice notice, String waitingAreaId, String text, String textEn,
                Instant now, String clerkId) {
        handle.createUpdate("""
                        INSERT INTO notices (id, office_id, waiting_area_id, text_de, text_en, shown_from, shown_until, created_at, created_by)
                        VALUES (:id, :office, :area, :text, :textEn, :from, :until, :now, :clerk)""")
                .bind("id", id).bind("office", officeId).bind("area", waitingAreaId).bind("text", text).bind("textEn", textEn)
                .bind("from", notice.shownFrom()).bind("until", notice.shownUntil()).bind("now", now)
                .bind("clerk", clerkId).execute();
    }

    /** False if the office has no notice with the id. */
    boolean delete(String id, String officeId) {
        return handle.createUpdate("DELETE FROM notices WHERE id = :id AND office_id = :office")
                .bind("id", id).bind("office", officeId).execute() > 0;
    }

    /** All of the office's notices, as the settings page lists them, oldest first. */
    List<SettingsView.NoticeRow> ofOffice(String officeId) {
        return handle.createQuery("""
                        SELECT id, text_de AS text, text_en, waiting_area_id AS waiting_area, shown_from, shown_until
                        FROM notices WHERE office_id = :office ORDER BY created_at""")
                .bind("office", officeId).map(ConstructorMapper.of(SettingsView.NoticeRow.class)).list();
    }

    /** What a screen in the waiting area shows on the day: the office's general notices and the area's own. */
    List<DisplayState.Notice> shown(String officeId, String waitingAreaId, LocalDate today) {
        return handle.createQuery("""
                    SELECT id, text_de AS text, text_en FROM notices
                    WHERE office_id = :office AND (waiting_area_id IS NULL OR waiting_area_id = :area)
                      AND (shown_from IS NULL OR shown_from <= :today) AND (shown_until IS NULL OR shown_until >= :today)
                    ORDER BY created_at""")
                .bind("office", officeId).bind("area", waitingAreaId).bind("today", today)
                .map(ConstructorMapper.of(DisplayState.Notice.class)).list();
    }
}
