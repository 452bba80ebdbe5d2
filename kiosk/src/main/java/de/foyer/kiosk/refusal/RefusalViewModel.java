package de.foyer.kiosk.refusal;

import de.foyer.kiosk.text.Texts;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A refusal in plain words, with what to do next. */
public final class RefusalViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Digits only, large beneath the message: read the same in every language the kiosk speaks. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Runnable home;
    private final Runnable walkIn;
    private final Runnable enterCode;
    private Refusal refusal = Refusal.of(RefusalKind.OTHER);

    public RefusalViewModel(Runnable home, Runnable walkIn, Runnable enterCode) {
        this.home = home;
        this.walkIn = walkIn;
        this.enterCode = enterCode;
    }

    public void show(Refusal shown) {
        refusal = Objects.requireNonNull(shown, "shown");
    }

    public void clear() {
        refusal = Refusal.of(RefusalKind.OTHER);
    }

    public RefusalKind kind() {
        return refusal.kind();
    }

    public String title(Texts texts) {
        return texts.get("refusal." + refusal.kind() + ".title");
    }

    public String message(Texts texts) {
        String key = "refusal." + refusal.kind() + ".message";
        if (refusal.kind() == RefusalKind.TOO_EARLY && refusal.comeBackAt() != null) {
            return texts.format(key + "At", TIME.format(refusal.comeBackAt()));
        }
        if (refusal.kind() == RefusalKind.ALREADY_CHECKED_IN && refusal.number() != null) {
            return texts.get(key + "WithNumber");
        }
        if (refusal.kind() == RefusalKind.WRONG_DAY && refusal.appointmentDay() != null) {
            return texts.format(key + "On", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                    .withLocale(texts.language().locale()).format(refusal.appointmentDay()));
        }
        return texts.get(key);
    }

    /** What is shown large beneath the message: the time to come back, the number already held, or the appointment's day. */
    public record Highlight(String label, String value, Kind kind) {

        /** How the value is set: a time and a day in the colour of what to remember, a day smaller since it is longer. */
        public enum Kind { TIME, DAY, NUMBER }

        public boolean time() {
            return kind == Kind.TIME;
        }
    }

    public Optional<Highlight> highlight(Texts texts) {
        if (refusal.kind() == RefusalKind.TOO_EARLY && refusal.comeBackAt() != null) {
            return Optional.of(new Highlight(texts.get("refusal.comeBackAt"), TIME.format(refusal.comeBackAt()), Highlight.Kind.TIME));
        }
        if (refusal.kind() == RefusalKind.ALREADY_CHECKED_IN && refusal.number() != null) {
            return Optional.of(new Highlight(texts.get("ticket.yourNumber"), refusal.number(), Highlight.Kind.NUMBER));
        }
        if (refusal.kind() == RefusalKind.WRONG_DAY && refusal.appointmentDay() != null) {
            return Optional.of(new Highlight(texts.get("refusal.appointmentOn"), DAY.format(refusal.appointmentDay()), Highlight.Kind.DAY));
        }
        return Optional.empty();
    }

    /** Where else to turn when the kiosk can give no ticket today: online, by phone, at the info point. */
    public List<String> otherWays(Texts texts) {
        if (refusal.kind() != RefusalKind.NO_CAPACITY_TODAY && refusal.kind() != RefusalKind.OFFICE_CLOSED) {
            return List.of();
        }
        return List.of(texts.get("ways.online"), texts.get("ways.phone"), texts.get("ways.infoPoint"));
    }

    public RefusalKind.NextStep nextStep() {
        return refusal.kind().nextStep();
    }

    public void home() {
        home.run();
    }

    public void walkIn() {
        walkIn.run();
    }

    public void enterCode() {
        enterCode.run();
    }
}
