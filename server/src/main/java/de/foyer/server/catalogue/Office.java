package de.foyer.server.catalogue;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * An office (a department of the town hall) as citizens and its staff know it. Its time zone is the
 * one every local time of the office is read and shown in; its state the one whose public holidays
 * it keeps (none known: the nationwide holidays only). Contact fields may be null: not given.
 */
public record Office(String id, String name, String shortName, String street, String postalCode, String city,
                     String phone, String email, String web, GermanState state, String timeZone, String operator,
                     String dataProtectionOfficer) {

    /**
     * The zone of an office made without one (the demo's, and the database column's default), and of the
     * installation's clock before any office exists. Everywhere else the office's own zone counts.
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Where citizens find the office, as a calendar's location: its name, then street and town as far as known. */
    public String location() {
        return String.join(", ", present(name, street, town()));
    }

    /**
     * How citizens reach the office, a line each, as far as known: name, street, town, phone, e-mail
     * and web page. Mails end with it, so every reply, call or visit finds the right department.
     */
    public List<String> contactLines() {
        return Stream.concat(Stream.of(name), reachLines().stream()).toList();
    }

    /** Where the office is, without its name: street and town as far as known. */
    public List<String> addressLines() {
        return present(street, town());
    }

    /** Where the office is and how to reach it, without its name: street, town, phone, e-mail, web page as far as known. */
    public List<String> reachLines() {
        return present(street, town(), phoneLine(), email, web);
    }

    private String phoneLine() {
        return phone == null ? null : "Tel. " + phone;
    }

    private String town() {
        String town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        return town.isEmpty() ? null : town;
    }

    private static List<String> present(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList();
    }
}
