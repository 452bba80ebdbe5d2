package de.foyer.kiosk.speech;

import de.foyer.kiosk.flow.KioskViewModel;
import de.foyer.kiosk.text.Texts;
import de.foyer.kiosk.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Speech mode on the kiosk: reads each screen as it is drawn, and takes the keypad's and the arrow
 * keys' presses as a finger's touches. Arrows move through the choices, each read as it is reached;
 * Enter takes it; a digit takes that choice at once; 0 or Escape goes back; F1 or {@code *} reads
 * the screen again. On the code screen the keys type the code, each character read back. Runs on
 * the UI thread.
 */
public final class SpeechGuide {

    /** Keys that start speech mode: the keypad's 5 (it carries the raised dot), the arrows, F1 and the keypad's star. */
    private static final Set<KeyCode> STARTS = Set.of(KeyCode.NUMPAD5, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT,
            KeyCode.F1, KeyCode.MULTIPLY);
    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);
    private static final List<KeyCode> KEYPAD = List.of(KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4,
            KeyCode.NUMPAD5, KeyCode.NUMPAD6, KeyCode.NUMPAD7, KeyCode.NUMPAD8, KeyCode.NUMPAD9);
    private static final String FOCUS = "speech-focus";
    /** Buttons that lead back or out, in the order they are looked for. */
    private static final List<String> WAYS_BACK = List.of("back", "home", "done");

    private final KioskViewModel model;
    private final Speaker speaker;
    private ScreenReading reading = ScreenReading.NOTHING;
    private Texts texts;
    private int focus = -1;
    private boolean announcedStart;

    public SpeechGuide(KioskViewModel model, Speaker speaker) {
        this.model = model;
        this.speaker = speaker;
        model.speech().addListener((observable, was, on) -> {
            if (!on) {
                announcedStart = false;
                speaker.silence();
            }
        });
        model.busy().addListener((observable, was, busy) -> {
            if (busy && model.speech().get() && texts != null) {
                say(texts.get("common.busy"));
            }
        });
    }

    /**
     * The view drew a screen: in speech mode it is read at once. A screen drawn anew with the same
     * words (the server's answer to a health check, say) keeps the citizen's place and is not read again.
     */
    public void shown(Node screen, Texts words) {
        if (!model.speech().get()) {
            // Nothing is read, so nothing is taken from the screen: starting speech mode draws it anew.
            this.texts = words;
            this.reading = ScreenReading.NOTHING;
            this.focus = -1;
            return;
        }
        ScreenReading next = ScreenReading.of(screen);
        boolean same = announcedStart && texts != null && words.language() == texts.language() && next.saysTheSameAs(reading);
        this.texts = words;
        this.reading = next;
        if (same) {
            focused().ifPresent(button -> button.getStyleClass().add(FOCUS));
            return;
        }
        this.focus = -1;
        announce();
    }

    /** A held finger: speech mode starts (the screen is drawn anew, so the button under the finger is not pressed). */
    public void longPress() {
        if (!model.speech().get()) {
            model.startSpeech();
        }
    }

    /** Every key pressed on the kiosk; consumed when speech mode used it. */
    public void keyPressed(KeyEvent event) {
        if (!model.speech().get()) {
            if (STARTS.contains(event.getCode())) {
                event.consume();
                model.startSpeech();
            }
            return;
        }
        event.consume();
        if (model.busy().get() || texts == null) {
            return;
        }
        boolean rightToLeft = texts.language().rightToLeft();
        switch (event.getCode()) {
            case UP -> move(-1);
            case DOWN -> move(1);
            case LEFT -> move(rightToLeft ? 1 : -1);
            case RIGHT -> move(rightToLeft ? -1 : 1);
            case ENTER, SPACE -> take(focused().or(this::onlyPrimary));
            case F1, MULTIPLY -> announce();
            case ESCAPE -> back();
            case BACK_SPACE -> {
                if (reading.keys().isEmpty()) {
                    back();
                } else {
                    byId("delete").ifPresent(delete -> take(Optional.of(delete)));
                }
            }
            default -> typedOrChosen(event);
        }
    }

    private void typedOrChosen(KeyEvent event) {
        if (!reading.keys().isEmpty()) {
            Button key = reading.keys().get(event.getText().toUpperCase(Locale.ROOT));
            if (key != null) {
                key.fire();
                say(key.getText());
            }
            return;
        }
        int digit = Math.max(DIGITS.indexOf(event.getCode()), KEYPAD.indexOf(event.getCode()));
        if (digit >= 0 && digit < reading.choices().size()) {
            take(Optional.of(reading.choices().get(digit)));
        } else if (event.getCode() == KeyCode.DIGIT0 || event.getCode() == KeyCode.NUMPAD0) {
            back();
        }
    }

    private void move(int step) {
        List<Button> choices = reading.choices();
        if (choices.isEmpty()) {
            return;
        }
        focused().ifPresent(button -> button.getStyleClass().remove(FOCUS));
        focus = focus < 0 ? (step > 0 ? 0 : choices.size() - 1) : Math.floorMod(focus + step, choices.size());
        Button button = choices.get(focus);
        button.getStyleClass().add(FOCUS);
        Ui.bringIntoView(button);
        say(texts.format("speech.focus", focus + 1, choices.size(), ScreenReading.label(button))
                + (button.isDisabled() ? " " + texts.get("speech.notNow") : ""));
    }

    private void take(Optional<Button> choice) {
        if (choice.isEmpty()) {
            say(texts.get("speech.help"));
        } else if (choice.get().isDisabled()) {
            say(texts.get("speech.notNow"));
        } else {
            choice.get().fire();
        }
    }

    private void back() {
        WAYS_BACK.stream().map(this::byId).flatMap(Optional::stream).findFirst().ifPresent(button -> take(Optional.of(button)));
    }

    private Optional<Button> focused() {
        return focus >= 0 && focus < reading.choices().size() ? Optional.of(reading.choices().get(focus)) : Optional.empty();
    }

    /** Enter with nothing chosen takes the screen's one main button, as "Anmelden" on the code screen. */
    private Optional<Button> onlyPrimary() {
        List<Button> primary = reading.choices().stream().filter(button -> button.getStyleClass().contains("primary")).toList();
        return primary.size() == 1 ? Optional.of(primary.get(0)) : Optional.empty();
    }

    private Optional<Button> byId(String id) {
        return reading.choices().stream().filter(button -> id.equals(button.getId())).findFirst();
    }

    /** The screen: its title, its texts, then every choice with its number, and how to choose. */
    private void announce() {
        List<String> parts = new ArrayList<>();
        if (!announcedStart) {
            parts.add(texts.get("speech.started"));
            announcedStart = true;
        }
        if (!reading.title().isEmpty()) {
            parts.add(reading.title());
        }
        parts.addAll(reading.texts());
        List<String> labels = reading.labels();
        for (int i = 0; i < labels.size(); i++) {
            parts.add(texts.format("speech.choice", i + 1, labels.get(i)));
        }
        parts.add(texts.get(reading.keys().isEmpty() ? "speech.help" : "speech.typeHelp"));
        say(String.join(" ", parts.stream().map(SpeechGuide::sentence).toList()));
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.matches(".*[.!?:…]$") ? trimmed : trimmed + ".";
    }

    private void say(String text) {
        speaker.say(text, texts.language());
    }
}
