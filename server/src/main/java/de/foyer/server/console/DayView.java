package de.foyer.server.console;

import de.foyer.server.web.Frame;

import java.util.List;
import java.util.Optional;

/**
 * The day list to read and print: the day chosen (ISO date, for the form) and its name in German,
 * the counters to choose from, and the appointments. {@code counter} is the name of the counter
 * chosen, empty for the whole office.
 */
public record DayView(Frame frame, String date, String dayName, String office, Optional<String> counter,
                      List<CounterChoice> counters, List<Row> appointments) {

    /** A counter in the choice; {@code chosen} for the one shown. */
    public record CounterChoice(String id, String name, boolean chosen) {
    }

    /**
     * One appointment: start and end as "HH:mm" in the office's time; {@code name}, {@code phone} and
     * {@code ticketNumber} are null when there is none.
     */
    public record Row(String code, String status, String start, String end, String name, String phone, String service,
                      int persons, String ticketNumber) {
    }
}
