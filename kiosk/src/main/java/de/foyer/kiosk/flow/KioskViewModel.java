package de.foyer.kiosk.flow;

import de.foyer.hardware.printer.PrinterStatus;
import de.foyer.kiosk.checkin.CodeEntryViewModel;
import de.foyer.kiosk.home.HomeViewModel;
import de.foyer.kiosk.home.SeeingAid;
import de.foyer.kiosk.refusal.Refusal;
import de.foyer.kiosk.refusal.RefusalKind;
import de.foyer.kiosk.refusal.RefusalViewModel;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.status.ServerDownViewModel;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.ticket.PrinterProblemViewModel;
import de.foyer.kiosk.ticket.TicketViewModel;
import de.foyer.kiosk.walkin.CategoriesViewModel;
import de.foyer.kiosk.walkin.DepartmentsViewModel;
import de.foyer.kiosk.walkin.PersonsViewModel;
import de.foyer.kiosk.walkin.ServicesViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The kiosk's course from screen to screen, and the one place that starts background work and
 * applies its results. All methods run on the UI thread.
 */
public final class KioskViewModel {

    private final TicketDesk desk;
    private final Tasks tasks;
    private final IdleWatch idle;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.HOME);
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(Language.GERMAN);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper speech = new ReadOnlyBooleanWrapper(false);
    private final Set<SeeingAid> aids = EnumSet.noneOf(SeeingAid.class);

    private final Screens screens;
    private List<OfficeData> offices = List.of();
    private Map<String, Integer> waits = Map.of();
    private OfficeData chosenOffice;
    private String chosenService;

    KioskViewModel(TicketDesk desk, Tasks tasks, IdleWatch idle) {
        this.desk = desk;
        this.tasks = tasks;
        this.idle = idle;
        this.screens = new Screens(
                new HomeViewModel(language, printing, online, this::startCodeEntry, this::startWalkIn, this::chooseLanguage,
                        aids::contains, this::toggle),
                new CodeEntryViewModel(this::checkIn, this::backHome),
                new DepartmentsViewModel(this::chooseOffice, this::backHome),
                new CategoriesViewModel(this::chooseCategory, this::backFromCategories),
                new ServicesViewModel(this::chooseService, () -> show(Screen.CATEGORIES)),
                new PersonsViewModel(this::choosePersons, () -> show(Screen.SERVICES)),
                new TicketViewModel(this::reset),
                new PrinterProblemViewModel(this::reset),
                new RefusalViewModel(this::backHome, this::startWalkIn, this::startCodeEntry),
                new ServerDownViewModel(this::backHome));
    }

    /** Any touch or key: the citizen is still there. */
    public void touched() {
        idle.touch();
    }

    /** Called every second or so: after the idle time the next citizen finds the home screen in German. */
    public void tick() {
        boolean pristine = screen.get() == Screen.HOME && language.get() == Language.GERMAN && aids.isEmpty() && !speech.get();
        if (!busy.get() && !pristine && idle.expired()) {
            reset();
        }
    }

    /** A code from the scanner, on whatever screen: scanning a confirmation always checks in. */
    public void scanned(String code) {
        idle.touch();
        String scan = code == null ? "" : code.strip();
        if (!scan.isEmpty()) {
            checkIn(scan);
        }
    }

    public void chooseLanguage(Language chosen) {
        language.set(chosen);
        revision.set(revision.get() + 1);
    }

    /** A seeing aid on or off, for this citizen's visit. */
    public void toggle(SeeingAid aid) {
        if (!aids.remove(aid)) {
            aids.add(aid);
        }
        revision.set(revision.get() + 1);
    }

    /** Speech mode, for this citizen's visit: the screen is drawn and read anew. */
    public void startSpeech() {
        speech.set(true);
        revision.set(revision.get() + 1);
    }

    public void startCodeEntry() {
        screens.codeEntry().clear();
        show(Screen.CODE_ENTRY);
    }

    public void startWalkIn() {
        work(desk::catalogue);
    }

    private void checkIn(String scan) {
        Language current = language.get();
        work(() -> desk.checkIn(scan, current));
    }

    private void chooseOffice(OfficeData office) {
        chosenOffice = office;
        // Among several offices the chosen one's name stays in view; alone, its name would say nothing new.
        screens.categories().show(office.categories(), severalOffices() ? office.name() : "");
        show(Screen.CATEGORIES);
    }

    private void backFromCategories() {
        if (severalOffices()) {
            show(Screen.DEPARTMENTS);
        } else {
            backHome();
        }
    }

    private boolean severalOffices() {
        return offices.size() > 1;
    }

    private void chooseCategory(OfficeData.Category category) {
        screens.services().show(category, waits);
        show(Screen.SERVICES);
    }

    private void chooseService(ServicesViewModel.Item item) {
        chosenService = item.id();
        screens.persons().show(item.name());
        show(Screen.PERSONS);
    }

    private void choosePersons(int count) {
        String office = chosenOffice.id();
        String service = chosenService;
        Language current = language.get();
        work(() -> desk.walkIn(office, service, count, current));
    }

    /** While one request runs the kiosk takes no other: a second scan would only confuse the answer. */
    private void work(Supplier<Outcome> request) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(request, new Outcome.Refused(Refusal.of(RefusalKind.OTHER)), this::apply);
    }

    private void apply(Outcome outcome) {
        busy.set(false);
        idle.touch();
        if (outcome instanceof Outcome.Issued issued) {
            clearCitizen();
            if (issued.result().printed()) {
                screens.ticket().show(issued.result());
                show(Screen.TICKET);
            } else {
                screens.printerProblem().show(issued.result());
                show(Screen.PRINTER_PROBLEM);
            }
        } else if (outcome instanceof Outcome.Refused refused) {
            screens.refusal().show(refused.refusal());
            show(Screen.REFUSAL);
        } else if (outcome instanceof Outcome.Catalogue catalogue) {
            update(online, true);
            offices = catalogue.offices();
            waits = catalogue.waits();
            officesKnown(offices);
            if (severalOffices()) {
                screens.departments().show(offices);
                show(Screen.DEPARTMENTS);
            } else {
                chooseOffice(offices.get(0));
            }
        } else {
            update(online, false);
            clearCitizen();
            show(Screen.SERVER_DOWN);
        }
    }

    /** From the background checks: the printer's state, which the home screen mentions when it cannot print. */
    public void printerChanged(PrinterStatus status) {
        update(printing, status.canPrint());
    }

    /** From the background checks: once the server answers again, the apology gives way to the home screen. */
    public void reachabilityChanged(boolean reachable) {
        update(online, reachable);
        if (reachable && screen.get() == Screen.SERVER_DOWN) {
            backHome();
        }
    }

    /**
     * From the background checks and the walk-in's catalogue: the offices the server names for the
     * kiosk, whose number and name the home screen's greeting follows. The walk-in under way keeps the
     * offices it started with.
     */
    public void officesKnown(List<OfficeData> served) {
        if (screens.home().show(served) && screen.get() == Screen.HOME) {
            revision.set(revision.get() + 1);
        }
    }

    private void update(ReadOnlyBooleanWrapper state, boolean now) {
        if (state.get() != now) {
            state.set(now);
            if (screen.get() == Screen.HOME) {
                revision.set(revision.get() + 1);
            }
        }
    }

    /** Back to the start in the same language: the same citizen may try another way. */
    private void backHome() {
        clearCitizen();
        show(Screen.HOME);
    }

    /** The next citizen's start: home, German, and nothing left of the last one. */
    public void reset() {
        clearCitizen();
        speech.set(false);
        aids.clear();
        language.set(Language.GERMAN);
        show(Screen.HOME);
    }

    private void clearCitizen() {
        screens.clearCitizen();
        chosenOffice = null;
        chosenService = null;
    }

    private void show(Screen next) {
        screen.set(next);
        revision.set(revision.get() + 1);
    }

    public ReadOnlyObjectProperty<Screen> screen() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Language> language() {
        return language.getReadOnlyProperty();
    }

    /** Whether the screens are read aloud and taken from the keys: on for one citizen's visit. */
    public ReadOnlyBooleanProperty speech() {
        return speech.getReadOnlyProperty();
    }

    /** The seeing aids turned on; the view draws anew when they change (see {@link #revision()}). */
    public Set<SeeingAid> aids() {
        return Set.copyOf(aids);
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty printing() {
        return printing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty online() {
        return online.getReadOnlyProperty();
    }

    /** Counts every change of screen or language: the view draws the screen anew on each. */
    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    public Screens screens() {
        return screens;
    }
}
