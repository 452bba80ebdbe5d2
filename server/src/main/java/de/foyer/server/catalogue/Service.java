package de.foyer.server.catalogue;

import java.time.Instant;

/**
 * A service of an office; {@code leika} is its 14-digit key in the federal catalogue, null where it
 * has none. A retired service ({@code retiredAt} set) is offered no more, but its history stays.
 */
public record Service(String id, String officeId, String categoryId, String name, String nameEn,
                      int durationMinutes, String information, String informationEn, String leika,
                      boolean onlineBookable, int position, Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}
