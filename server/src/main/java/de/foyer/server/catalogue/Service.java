package de.foyer.server.catalogue;

import java.time.Instant;
import java.util.Set;

/**
 * A service of an office; {@code leika} is its 14-digit key in the federal catalogue, null where it
 * has none. {@code name} and {@code information} are German, {@code names} and
 * {@code informationTexts} hold the other languages. A retired service ({@code retiredAt} set) is
 * offered no more, but its history stays.
 */
public record Service(String id, String officeId, String categoryId, String name, Translations names,
                      int durationMinutes, String information, Translations informationTexts, String leika,
                      boolean onlineBookable, int position, Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }

    /**
     * The service as citizens may book it: not online where no counter in service serves it
     * ({@code served}), as nobody would call the times booked.
     */
    public Service offeredOnline(Set<String> served) {
        return !onlineBookable || served.contains(id) ? this
                : new Service(id, officeId, categoryId, name, names, durationMinutes, information, informationTexts, leika, false,
                position, retiredAt);
    }
}
