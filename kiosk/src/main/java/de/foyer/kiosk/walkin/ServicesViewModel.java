package de.foyer.kiosk.walkin;

import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.LocalizedName;
import de.foyer.kiosk.text.Texts;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The second walk-in step: the service, each with the wait a newcomer should expect. */
public final class ServicesViewModel {

    /** @param waitMinutes the expected wait; null when the server did not say */
    public record Item(String id, LocalizedName name, Integer waitMinutes) {
    }

    private final Consumer<Item> choose;
    private final Runnable back;
    private LocalizedName category = new LocalizedName("", "");
    private List<Item> items = List.of();

    public ServicesViewModel(Consumer<Item> choose, Runnable back) {
        this.choose = choose;
        this.back = back;
    }

    public void show(OfficeData.Category chosen, Map<String, Integer> waits) {
        category = chosen.name();
        items = chosen.services().stream()
                .map(service -> new Item(service.id(), service.name(), waits.get(service.id())))
                .toList();
    }

    public void clear() {
        items = List.of();
    }

    public LocalizedName category() {
        return category;
    }

    public List<Item> items() {
        return items;
    }

    /** "about 15 min. wait", "no wait", or nothing when the wait is unknown. Digits stay Western, as on the tickets. */
    public static String waitLabel(Item item, Texts texts) {
        if (item.waitMinutes() == null) {
            return "";
        }
        return item.waitMinutes() <= 0 ? texts.get("services.noWait") : texts.format("services.wait", Integer.toString(item.waitMinutes()));
    }

    public void choose(Item item) {
        choose.accept(item);
    }

    public void back() {
        back.run();
    }
}
