package de.foyer.server.admin;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bodies the settings API takes. Absent optional fields keep what is stored. A field a body
 * does not have is refused ({@code UNKNOWN_FIELD}): a misspelt name would otherwise be dropped and the
 * change answered as saved. What the settings show of an object and a change cannot set (its id,
 * office, place in the list, state) is left as it is, so that an object as read can be sent back.
 */
final class Requests {

    private Requests() {
    }

    /** The office's name, contact, state (ISO 3166-2:DE code, e.g. "NW") and time zone. */
    /** {@code operator}: who runs and represents the office, for the imprint; {@code dataProtectionOfficer}: whom to ask about data. */
    @JsonIgnoreProperties({"id", "retired"})
    record OfficeChange(String name, String shortName, Address address, String phone, String email, String web,
                        String state, String timeZone, String operator, String dataProtectionOfficer) {
    }

    record Address(String street, String postalCode, String city) {
    }

    /**
     * {@code leika}: the service's 14-digit key in the federal catalogue; empty clears it.
     * {@code names} and {@code informationTexts}: language code → text; a language left out keeps its
     * text, an empty text removes it. {@code nameEn} and {@code informationEn} are the same as the
     * {@code en} entries.
     */
    @JsonIgnoreProperties({"officeId", "position", "retiredAt"})
    record ServiceChange(String id, @JsonAlias("categoryId") String category, String name, String nameEn, Integer durationMinutes, Boolean onlineBookable,
                         String information, String informationEn, String leika, Map<String, String> names,
                         Map<String, String> informationTexts) {
    }

    @JsonIgnoreProperties({"officeId", "position"})
    record CategoryChange(String id, String name, String nameEn, @JsonAlias("ticketPrefix") String prefix, Map<String, String> names) {
    }

    @JsonIgnoreProperties({"id", "state"})
    record CounterChange(String name, String waitingArea, List<String> services) {
    }

    record NewWaitingArea(String name, Map<String, String> names) {
    }

    /** Weekday 1 (Monday) … 7 (Sunday) → periods like "08:00-12:00, 13:00-16:00"; empty: closed. */
    record HoursChange(Map<String, String> days) {
    }

    /** The whole week as API.md writes it: periods by weekday (1 = Monday); a weekday without one is closed. */
    record Week(List<Period> hours) {
    }

    record Period(Integer weekday, String open, String close) {
    }

    /** {@code confirm}: the admin has been told how many bookings the day holds, and they are to be cancelled. */
    record Closure(LocalDate day, String reason, Boolean confirm) {
    }

    record RulesChange(Integer onlineQuotaPercent, Integer checkinBeforeMinutes, Integer checkinAfterMinutes,
                       Integer staffedCounters, Integer maxRecalls, Integer releaseDelayMinutes, Integer horizonDays,
                       Integer reminderHours, Integer eraseAfterDays, Integer maxActivePerEmail, Integer waitingHoldMinutes,
                       Integer confirmByHours, Integer releaseHour, Integer drawMinutes, Integer overbookingPercent,
                       List<Integer> overbookingWeekdays, Integer maxPerEmailPerDay, Integer maxPerEmailPerService) {
    }

    record Notice(String text, String textEn, String waitingArea, LocalDate shownFrom, LocalDate shownUntil) {
    }

    /** A staff account; {@code offices} absent means the office the request acts in, {@code displayName} absent the username. */
    record NewClerk(String username, String displayName, String role, String password, List<String> offices) {
    }

    /** Absent fields keep their value; {@code offices} replaces those of the account that the administrator reaches. */
    @JsonIgnoreProperties({"id", "username", "lockedUntil"})
    record ClerkChange(String displayName, String role, Boolean active, List<String> offices) {
    }

    record NewPassword(String password) {
    }
}
