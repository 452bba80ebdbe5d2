package de.foyer.kiosk.home;

import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.Texts;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;

import java.util.List;
import java.util.function.Consumer;

/** The home screen: with or without an appointment, and the language. */
public final class HomeViewModel {

    private final ObservableObjectValue<Language> language;
    private final ObservableBooleanValue printing;
    private final ObservableBooleanValue online;
    private final Runnable appointment;
    private final Runnable walkIn;
    private final Consumer<Language> choose;

    public HomeViewModel(ObservableObjectValue<Language> language, ObservableBooleanValue printing,
                         ObservableBooleanValue online, Runnable appointment, Runnable walkIn, Consumer<Language> choose) {
        this.language = language;
        this.printing = printing;
        this.online = online;
        this.appointment = appointment;
        this.walkIn = walkIn;
        this.choose = choose;
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
}
