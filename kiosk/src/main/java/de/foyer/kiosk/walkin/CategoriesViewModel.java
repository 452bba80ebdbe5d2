package de.foyer.kiosk.walkin;

import de.foyer.kiosk.server.OfficeData;

import java.util.List;
import java.util.function.Consumer;

/** The first walk-in step: what the visit is about, by category. */
public final class CategoriesViewModel {

    private final Consumer<OfficeData.Category> choose;
    private final Runnable back;
    private List<OfficeData.Category> categories = List.of();
    private String office = "";

    public CategoriesViewModel(Consumer<OfficeData.Category> choose, Runnable back) {
        this.choose = choose;
        this.back = back;
    }

    /**
     * Categories without services are left out: a button that leads nowhere helps nobody.
     *
     * @param officeName the chosen office's name when the kiosk serves several; empty when it serves one
     */
    public void show(List<OfficeData.Category> all, String officeName) {
        categories = all.stream().filter(category -> !category.services().isEmpty()).toList();
        office = officeName;
    }

    /** The chosen office's name, or empty when the kiosk serves only this one. */
    public String office() {
        return office;
    }

    public List<OfficeData.Category> categories() {
        return categories;
    }

    public void choose(OfficeData.Category category) {
        choose.accept(category);
    }

    public void back() {
        back.run();
    }
}
