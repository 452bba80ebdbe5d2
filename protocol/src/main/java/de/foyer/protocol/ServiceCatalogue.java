package de.foyer.protocol;

import java.util.List;

/** An office's services grouped by category, German names first with the English beside them. */
public record ServiceCatalogue(List<Category> categories) {

    public record Category(String id, String name, String nameEn, String ticketPrefix, List<Service> services) {
    }

    public record Service(String id, String name, String nameEn, int durationMinutes,
                          String information, String informationEn, boolean onlineBookable) {
    }
}
