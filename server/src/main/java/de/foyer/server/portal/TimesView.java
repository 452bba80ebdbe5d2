package de.foyer.server.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The free times of one day, in the morning and the afternoon; no group where it has no time. */
public record TimesView(String backUrl, String caption, LocalDate date, boolean moving, List<Group> groups, String daysUrl,
                        LocalTime drawAt, String waitingListUrl) {

    /** The times of a half day: the text key of its heading and each time with the address of its form. */
    public record Group(String headingKey, List<Time> times) {
    }

    public record Time(LocalTime time, String formUrl) {
    }

    /** The starts, in the office's time and in order, split at noon. */
    static List<Group> groups(List<LocalDateTime> starts, Choice choice) {
        List<Group> groups = new ArrayList<>();
        for (boolean morning : new boolean[] {true, false}) {
            List<Time> times = starts.stream()
                    .filter(start -> start.toLocalTime().isBefore(LocalTime.NOON) == morning)
                    .map(start -> new Time(start.toLocalTime(), choice.formUrl(start)))
                    .toList();
            if (!times.isEmpty()) {
                groups.add(new Group(morning ? "times.morning" : "times.afternoon", times));
            }
        }
        return List.copyOf(groups);
    }

    public boolean none() {
        return groups.isEmpty();
    }
}
