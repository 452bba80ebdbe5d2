package de.foyer.server.queue;

import de.foyer.protocol.CitizenLanguage;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Tickets and calls on one transaction's handle. */
final class TicketDao implements Tickets {

    private static final RowMapper<Ticket> TICKET = TicketMapper.INSTANCE;
    private static final RowMapper<CallRow> CALL = ConstructorMapper.of(CallRow.class);

    private final Handle handle;

    TicketDao(Handle handle) {
        this.handle = handle;
    }

    /**
     * The next number for an office, day and prefix. The upsert takes a row lock, so concurrent
     * issuers queue up here and no number is handed out twice, even across restarts.
     */
    public int nextNumber(String officeId, LocalDate day, String prefix) {
        return handle.createQuery("""
                        INSERT INTO ticket_sequences (office_id, day, prefix, last_number) VALUES (:office, :day, :prefix, 1)
                        ON CONFLICT (office_id, day, prefix) DO UPDATE SET last_number = ticket_sequences.last_number + 1
                        RETURNING last_number""")
                .bind("office", officeId).bind("day", day).bind("prefix", prefix)
                .mapTo(Integer.class).one();
    }

    /** A new ticket, in the language of the citizen who holds it. */
    public void insert(Ticket ticket) {
        handle.createUpdate("""
                        INSERT INTO tickets (id, office_id, day, number, service_id, persons, kind, channel, status,
                            issued_at, queued_at, due_at, appointment_at, link_token, language)
                        VALUES (:id, :officeId, :day, :number, :serviceId, :persons, :kind, :channel, :status,
                            :issuedAt, :queuedAt, :dueAt, :appointmentAt, :linkToken, :language)""")
                .bindMethods(ticket).bind("language", ticket.language().code()).execute();
    }

    @Override
    public Optional<Ticket> byId(String id) {
        return handle.createQuery("SELECT * FROM tickets WHERE id = :id").bind("id", id).map(TICKET).findOne();
    }

    /** The tickets the link tokens of citizens' QR codes name; unknown tokens find nothing. */
    public List<Ticket> byLinkTokens(List<String> linkTokens) {
        return handle.createQuery("SELECT * FROM tickets WHERE link_token IN (<tokens>)").bindList("tokens", linkTokens)
                .map(TICKET).list();
    }

    public Optional<Ticket> lock(String id) {
        return handle.createQuery("SELECT * FROM tickets WHERE id = :id FOR UPDATE").bind("id", id).map(TICKET).findOne();
    }

    public List<Ticket> waiting(String officeId, LocalDate day) {
        return handle.createQuery("SELECT * FROM tickets WHERE office_id = :office AND day = :day AND status = 'WAITING'")
                .bind("office", officeId).bind("day", day).map(TICKET).list();
    }

    /**
     * Locks the ticket if it still waits and no one else holds it. Another clerk's "next" that got
     * there first makes this empty at once instead of waiting, so the caller tries the next ticket.
     */
    public Optional<Ticket> lockIfWaiting(String id) {
        return handle.createQuery("SELECT * FROM tickets WHERE id = :id AND status = 'WAITING' FOR UPDATE SKIP LOCKED")
                .bind("id", id).map(TICKET).findOne();
    }

    /**
     * The call policy's choice (see {@link CallPolicy}) ranked, taken and marked in one statement.
     * Priority tickets (appointments due, walk-ins aged) come from two index walks that each stop at
     * the first eligible ticket another clerk has not locked; only when there is none is the line
     * walked by arrival. Both priority walks lock their head: when both find one, the other stays
     * locked until this transaction ends, and a clerk pressing at that very moment passes over it.
     * <p>
     * The same statement first marks whoever was at the counter as served, and writes the call to
     * the calls and the audit log: "next" is the office's most frequent request, and each statement
     * saved is a round trip and a Jdbi statement saved. A citizen finished here is never the one
     * called (one is CALLED or SERVING, the other WAITING), so the two updates cannot meet.
     */
    public Optional<Called> callNext(String officeId, String counterId, String clerkId, Instant now, Duration ageing) {
        return handle.createQuery(CALL_NEXT)
                .bind("office", officeId).bind("counter", counterId).bind("clerk", clerkId).bind("now", now)
                .bind("agedBefore", now.minus(ageing)).bind("ageingSeconds", ageing.toSeconds())
                .map((rs, ctx) -> new Called(TicketMapper.INSTANCE.map(rs, ctx), rs.getString("area_of_service"),
                        ZoneId.of(rs.getString("office_zone"))))
                .findOne();
    }

    /** A ticket just called, with what its answer shows: where its service waits, in the office's time zone. */
    public record Called(Ticket ticket, String waitingAreaId, ZoneId zone) {
    }

    /** Which tickets a counter may call: those sent to it by name, else those of the services it serves. */
    private static final String ELIGIBLE = """
            (target_counter_id = :counter OR (target_counter_id IS NULL AND service_id IN
                (SELECT service_id FROM counter_services WHERE counter_id = :counter)))""";

    /** The office's today, in its own time zone, at the clock's "now". */
    private static final String TODAY = "(CAST(:now AS timestamptz) AT TIME ZONE (SELECT time_zone FROM offices WHERE id = :office))::date";

    private static final String WAITING_TODAY = "office_id = :office AND day = " + TODAY + " AND status = 'WAITING' AND " + ELIGIBLE;

    static final String PICK_NEXT = """
            coalesce(
              (WITH due AS (SELECT id, due_at AS rank_at, number FROM tickets
                            WHERE %1$s AND due_at <= :now
                            ORDER BY due_at, number COLLATE "C" LIMIT 1 FOR UPDATE SKIP LOCKED),
                    aged AS (SELECT id, queued_at + :ageingSeconds * interval '1 second' AS rank_at, number FROM tickets
                             WHERE %1$s AND due_at IS NULL AND queued_at <= :agedBefore
                             ORDER BY queued_at, number COLLATE "C" LIMIT 1 FOR UPDATE SKIP LOCKED)
               SELECT id FROM (SELECT * FROM due UNION ALL SELECT * FROM aged) AS priority
               ORDER BY rank_at, number COLLATE "C" LIMIT 1),
              (SELECT id FROM tickets
               WHERE %1$s AND (due_at > :now OR (due_at IS NULL AND queued_at > :agedBefore))
               ORDER BY queued_at, number COLLATE "C" LIMIT 1 FOR UPDATE SKIP LOCKED))""".formatted(WAITING_TODAY);

    private static final String CALL_NEXT = """
            WITH finished AS (
                UPDATE tickets SET status = 'DONE', finished_at = :now
                WHERE counter_id = :counter AND status IN ('CALLED', 'SERVING')),
            called AS (
                UPDATE tickets SET status = 'CALLED', counter_id = :counter, called_at = :now, recalls = 0,
                    target_counter_id = NULL
                WHERE id = %s AND status = 'WAITING'
                RETURNING *),
            logged AS (
                INSERT INTO calls (ticket_id, office_id, counter_id, called_at)
                SELECT id, office_id, counter_id, called_at FROM called),
            audited AS (
                INSERT INTO audit_log (at, clerk_id, office_id, action, subject, detail)
                SELECT called_at, :clerk, office_id, 'CALL', number, counter_id FROM called)
            SELECT called.*,
                (SELECT k.waiting_area_id FROM counters k JOIN counter_services cs ON cs.counter_id = k.id
                 WHERE k.office_id = called.office_id AND cs.service_id = called.service_id
                 ORDER BY k.position, k.id LIMIT 1) AS area_of_service,
                (SELECT time_zone FROM offices WHERE id = called.office_id) AS office_zone
            FROM called""".formatted(PICK_NEXT);

    public Optional<Ticket> activeAt(String counterId) {
        return handle.createQuery("SELECT * FROM tickets WHERE counter_id = :counter AND status IN ('CALLED', 'SERVING') FOR UPDATE")
                .bind("counter", counterId).map(TICKET).findOne();
    }

    /** "D003 at counter 3" when the clerk holds another counter than this one with a citizen called to it. */
    public Optional<String> activeAtOtherCounterOf(String clerkId, String counterId) {
        return handle.createQuery("""
                        SELECT t.number || ' at counter ' || c.name FROM counters c JOIN tickets t ON t.counter_id = c.id
                        WHERE c.clerk_id = :clerk AND c.id <> :id AND c.state <> 'CLOSED' AND t.status IN ('CALLED', 'SERVING')""")
                .bind("clerk", clerkId).bind("id", counterId).mapTo(String.class).findFirst();
    }

    public Ticket call(String id, String counterId, Instant now) {
        handle.createUpdate("""
                        UPDATE tickets SET status = 'CALLED', counter_id = :counter, called_at = :now, recalls = 0,
                            target_counter_id = NULL WHERE id = :id""")
                .bind("id", id).bind("counter", counterId).bind("now", now).execute();
        handle.createUpdate("""
                        INSERT INTO calls (ticket_id, office_id, counter_id, called_at)
                        SELECT id, office_id, counter_id, called_at FROM tickets WHERE id = :id""")
                .bind("id", id).execute();
        return byId(id).orElseThrow();
    }

    public Ticket recall(String id, Instant now) {
        handle.createUpdate("UPDATE tickets SET recalls = recalls + 1 WHERE id = :id").bind("id", id).execute();
        handle.createUpdate("""
                        UPDATE calls SET recalls = recalls + 1, recalled_at = :now
                        WHERE id = (SELECT max(id) FROM calls WHERE ticket_id = :id)""")
                .bind("id", id).bind("now", now).execute();
        return byId(id).orElseThrow();
    }

    public Ticket setStatus(String id, TicketStatus status, Instant now) {
        String timestamp = switch (status) {
            case SERVING -> "started_at";
            case DONE, NO_SHOW -> "finished_at";
            case WAITING, CALLED, NOT_SERVED -> throw new IllegalArgumentException(status + " has its own statement");
        };
        handle.createUpdate("UPDATE tickets SET status = :status, " + timestamp + " = :now WHERE id = :id")
                .bind("id", id).bind("status", status).bind("now", now).execute();
        return byId(id).orElseThrow();
    }

    /** Back into the queue at the end of the line, as a walk-in: the appointment's time has passed. */
    public Ticket requeue(String id, Instant now) {
        handle.createUpdate("""
                        UPDATE tickets SET status = 'WAITING', queued_at = :now, due_at = NULL, counter_id = NULL,
                            finished_at = NULL, requeued = true WHERE id = :id""")
                .bind("id", id).bind("now", now).execute();
        return byId(id).orElseThrow();
    }

    /** Back into the queue for another service or counter, keeping its place in line. */
    public Ticket transfer(String id, String serviceId, String targetCounterId) {
        handle.createUpdate("""
                        UPDATE tickets SET status = 'WAITING', service_id = :service, target_counter_id = :target,
                            counter_id = NULL, started_at = NULL WHERE id = :id""")
                .bind("id", id).bind("service", serviceId).bind("target", targetCounterId).execute();
        return byId(id).orElseThrow();
    }

    /** The office's own limit of recalls before a no-show, if its settings name one. */
    public Optional<Integer> maxRecalls(String officeId) {
        return new QueueRulesDao(handle).maxRecalls(officeId);
    }

    public record CallRow(String ticketNumber, String counterId, String waitingAreaId, Instant calledAt, int recalls,
                          String language) {
    }

    /** The latest calls of an office's waiting area, newest announcement (call or recall) first. */
    public List<CallRow> latestCalls(String officeId, String waitingAreaId, Instant since, int limit) {
        return handle.createQuery("""
                        SELECT t.number AS ticket_number, c.counter_id, k.waiting_area_id,
                               coalesce(c.recalled_at, c.called_at) AS called_at, c.recalls, t.language
                        FROM calls c JOIN tickets t ON t.id = c.ticket_id JOIN counters k ON k.id = c.counter_id
                        WHERE c.office_id = :office AND k.waiting_area_id = :area AND c.called_at >= :since
                        ORDER BY coalesce(c.recalled_at, c.called_at) DESC, c.id DESC LIMIT :limit""")
                .bind("office", officeId).bind("area", waitingAreaId).bind("since", since).bind("limit", limit)
                .map(CALL).list();
    }

    @Override
    public int releaseFromCounter(String counterId) {
        return handle.createUpdate("UPDATE tickets SET target_counter_id = NULL WHERE target_counter_id = :counter AND status = 'WAITING'")
                .bind("counter", counterId).execute();
    }
}
