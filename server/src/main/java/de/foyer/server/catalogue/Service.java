package de.foyer.server.catalogue;

public record Service(String id, String officeId, String categoryId, String name, String nameEn,
                      int durationMinutes, String information, String informationEn,
                      boolean onlineBookable, int position) {
}
