package de.foyer.server.catalogue;

/** A service of an office; {@code leika} is its 14-digit key in the federal catalogue, null where it has none. */
public record Service(String id, String officeId, String categoryId, String name, String nameEn,
                      int durationMinutes, String information, String informationEn, String leika,
                      boolean onlineBookable, int position) {
}
