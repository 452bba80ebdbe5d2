package de.foyer.kiosk.walkin;

import de.foyer.kiosk.text.LocalizedName;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The last walk-in step: for how many persons (or documents). Two ID cards take twice as long,
 * and the clerk plans for it; one person is the usual answer and the first button.
 */
public final class PersonsViewModel {

    /** More than this is a group the info point should plan with; the server takes up to 10. */
    public static final int MOST_OFFERED = 6;

    private final IntConsumer choose;
    private final Runnable back;
    private LocalizedName service = new LocalizedName("", "");

    public PersonsViewModel(IntConsumer choose, Runnable back) {
        this.choose = choose;
        this.back = back;
    }

    public void show(LocalizedName chosenService) {
        service = chosenService;
    }

    public LocalizedName service() {
        return service;
    }

    public List<Integer> choices() {
        return IntStream.rangeClosed(1, MOST_OFFERED).boxed().toList();
    }

    public void choose(int persons) {
        choose.accept(persons);
    }

    public void back() {
        back.run();
    }
}
