package de.foyer.kiosk.walkin;

import de.foyer.kiosk.server.OfficeData;

import java.util.List;
import java.util.function.Consumer;

/** Before the walk-in steps, at a kiosk that serves several offices: which office the visit is for. */
public final class DepartmentsViewModel {

    private final Consumer<OfficeData> choose;
    private final Runnable back;
    private List<OfficeData> offices = List.of();

    public DepartmentsViewModel(Consumer<OfficeData> choose, Runnable back) {
        this.choose = choose;
        this.back = back;
    }

    /** In the server's order, the kiosk's first office first. */
    public void show(List<OfficeData> served) {
        offices = List.copyOf(served);
    }

    public List<OfficeData> offices() {
        return offices;
    }

    public void choose(OfficeData office) {
        choose.accept(office);
    }

    public void back() {
        back.run();
    }
}
