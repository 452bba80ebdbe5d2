package de.foyer.protocol;

import java.util.List;
import java.util.Map;

/**
 * An office's services grouped by category. {@code name} and {@code information} are in the language
 * the request asked for (German where it has no text), {@code nameEn} and {@code informationEn} in
 * English as before; {@code names} and {@code informationTexts} hold every language the office keeps,
 * by code, German first, so a kiosk can change language without asking again.
 */
public record ServiceCatalogue(List<Category> categories) {

    public record Category(String id, String name, String nameEn, String ticketPrefix, List<Service> services,
                           Map<String, String> names) {
    }

    public record Service(String id, String name, String nameEn, int durationMinutes,
                          String information, String informationEn, boolean onlineBookable,
                          Map<String, String> names, Map<String, String> informationTexts) {
    }
}
