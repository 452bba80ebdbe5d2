package de.foyer.kiosk.home;

import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The home screen: the greeting, with or without an appointment, and the language. */
public final class HomeViewModel {

    private final ObservableObjectValue<Language> language;
    private final ObservableBooleanValue printing;
    private final ObservableBooleanValue online;
    private final Runnable appointment;
    private final Runnable walkIn;
    private final Consumer<Language> choose;
    private final Predicate<SeeingAid> aidOn;
    private final Consumer<SeeingAid> toggleAid;
    private List<OfficeData> offices = List.of();

    public HomeViewModel(ObservableObjectValue<Language> language, ObservableBooleanValue printing,
                         ObservableBooleanValue online, Runnable appointment, Runnable walkIn, Consumer<Language> choose,
                         Predicate<SeeingAid> aidOn, Consumer<SeeingAid> toggleAid) {
        this.language = language;
        this.printing = printing;
        this.online = online;
        this.appointment = appointment;
        this.walkIn = walkIn;
        this.choose = choose;
        this.aidOn = aidOn;
        this.toggleAid = toggleAid;
    }

    /**
     * The offices the kiosk serves, as the server named them last; empty while unknown.
     *
     * @return whether the greeting changes
     */
    public boolean show(List<OfficeData> served) {
        List<OfficeData> before = offices;
        offices = List.copyOf(Objects.requireNonNull(served, "served"));
        return !welcomed(before).equals(welcomed(offices));
    }

    /**
     * The office's name beneath the welcome when the kiosk serves one; a kiosk for several offices of
     * a building, or one that does not know its office yet, welcomes without a name.
     */
    public String welcome(Texts texts) {
        String name = welcomed(offices);
        return name.isEmpty() ? texts.get("home.welcome") : texts.format("home.welcome.office", name);
    }

    private static String welcomed(List<OfficeData> served) {
        return served.size() == 1 ? served.get(0).name().strip() : "";
    }

    /** What the citizen should know before choosing: the server is away, or tickets come on screen only; or nothing. */
    public String notice(Texts texts) {
        if (!online.get()) {
            return texts.get("notice.offline");
        }
        return printing.get() ? "" : texts.get("notice.printer");
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public boolean isChosen(Language candidate) {
        return language.get() == candidate;
    }

    public void chooseAppointment() {
        appointment.run();
    }

    public void chooseWalkIn() {
        walkIn.run();
    }

    public void chooseLanguage(Language chosen) {
        choose.accept(chosen);
    }

    /** High contrast and large text, for those who see little. */
    public List<SeeingAid> aids() {
        return List.of(SeeingAid.values());
    }

    public boolean isOn(SeeingAid aid) {
        return aidOn.test(aid);
    }

    public void toggle(SeeingAid aid) {
        toggleAid.accept(aid);
    }
}
