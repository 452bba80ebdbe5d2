package de.foyer.kiosk.server;

import de.foyer.kiosk.text.LocalizedName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the kiosk needs to know of an office it serves: its id and name, where people wait, what it offers. */
public record OfficeData(String id, String name, Map<String, LocalizedName> waitingAreaNames, List<Category> categories) {

    /** Before the server was first reached: tickets still show their number, the rest stays blank. */
    public static final OfficeData UNKNOWN = new OfficeData("", "", Map.of(), List.of());

    public record Category(String id, LocalizedName name, List<Service> services) {
        public Category {
            services = List.copyOf(services);
        }
    }

    public record Service(String id, LocalizedName name) {
    }

    public OfficeData {
        waitingAreaNames = Map.copyOf(waitingAreaNames);
        categories = List.copyOf(categories);
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public Optional<Service> service(String id) {
        return categories.stream().flatMap(category -> category.services().stream())
                .filter(service -> service.id().equals(id)).findFirst();
    }

    /** The waiting area's name, or blank when it is not known. */
    public LocalizedName waitingAreaName(String id) {
        return id == null ? LocalizedName.BLANK : waitingAreaNames.getOrDefault(id, LocalizedName.BLANK);
    }

    public boolean knowsWaitingArea(String id) {
        return id != null && waitingAreaNames.containsKey(id);
    }
}
