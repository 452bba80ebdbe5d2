package de.foyer.server.catalogue;

import java.time.ZoneId;

/**
 * An office (a department of the town hall) as citizens and its staff know it. Its time zone is the
 * one every local time of the office is read and shown in; its state the one whose public holidays
 * it keeps (none known: the nationwide holidays only). Contact fields may be null: not given.
 */
public record Office(String id, String name, String shortName, String street, String postalCode, String city,
                     String phone, String email, String web, GermanState state, String timeZone) {

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
        StringBuilder place = new StringBuilder(name);
        if (street != null) {
            place.append(", ").append(street);
        }
        String town = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).strip();
        if (!town.isEmpty()) {
            place.append(", ").append(town);
        }
        return place.toString();
    }
}
