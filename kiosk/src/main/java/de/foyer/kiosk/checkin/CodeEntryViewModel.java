package de.foyer.kiosk.checkin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Consumer;

/** Typing the booking code on the screen's own keyboard, for a confirmation whose QR code will not scan. */
public final class CodeEntryViewModel {

    /**
     * The letters and digits of the server's booking codes: without 0/O, 1/I/L and U, which people
     * confuse when they copy a code from paper or a phone.
     */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    /** Booking codes have ten characters, printed in two groups of five: ABCDE-FGHJK. */
    public static final int LENGTH = 10;
    private static final int GROUP = 5;

    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final BooleanBinding complete = Bindings.createBooleanBinding(() -> code.get().length() == LENGTH, code);
    private final StringBinding grouped = Bindings.createStringBinding(() -> grouped(code.get()), code);
    private final Consumer<String> submit;
    private final Runnable back;

    public CodeEntryViewModel(Consumer<String> submit, Runnable back) {
        this.submit = submit;
        this.back = back;
    }

    public List<Character> keys() {
        return ALPHABET.chars().mapToObj(key -> (char) key).toList();
    }

    public void type(char key) {
        char upper = Character.toUpperCase(key);
        if (ALPHABET.indexOf(upper) >= 0 && code.get().length() < LENGTH) {
            code.set(code.get() + upper);
        }
    }

    public void delete() {
        String current = code.get();
        if (!current.isEmpty()) {
            code.set(current.substring(0, current.length() - 1));
        }
    }

    public void clear() {
        code.set("");
    }

    public void submit() {
        if (complete.get()) {
            submit.accept(code.get());
        }
    }

    public void back() {
        back.run();
    }

    public ReadOnlyStringProperty code() {
        return code.getReadOnlyProperty();
    }

    /** Whether the code is long enough to send. */
    public BooleanBinding complete() {
        return complete;
    }

    /** The code in groups of five, as on the confirmation, so the citizen can compare. */
    public StringBinding grouped() {
        return grouped;
    }

    static String grouped(String code) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                text.append('-');
            }
            text.append(code.charAt(i));
        }
        return text.toString();
    }
}
