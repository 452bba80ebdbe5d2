package de.foyer.server.booking;

import de.foyer.server.web.SpokenLanguage;
import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.queue.TicketIssuer;
import de.foyer.server.web.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A citizen's details, checked before anything is stored. Names are kept as typed (HTML included:
 * every place that shows them escapes), but not endlessly long and without control characters.
 */
public record BookingInput(String name, String email, String phone, int persons, CitizenLanguage language) {

    static final int LONGEST_NAME = 100;
    static final int LONGEST_EMAIL = 254;
    static final int LONGEST_PHONE = 30;
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()/ .-]{3,30}");

    /** {@code language}: one of the citizens' languages by its code; absent means German. The first problem is thrown. */
    public static BookingInput check(String name, String email, String phone, Integer persons, String language,
                                     boolean emailRequired) {
        CitizenLanguage spoken = SpokenLanguage.of(language);
        int count = persons(persons);
        List<ApiException> problems = problems(name, email, phone, emailRequired);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new BookingInput(blankToNull(name), blankToNull(email), blankToNull(phone), count, spoken);
    }

    /**
     * Every problem of the typed name, e-mail address and phone number, in that order: a form
     * names them all at once rather than one per sending.
     */
    public static List<ApiException> problems(String name, String email, String phone, boolean emailRequired) {
        List<ApiException> problems = new ArrayList<>();
        String trimmedName = blankToNull(name);
        if (trimmedName == null) {
            // Only the citizen's own booking asks for an address; staff book for someone else.
            problems.add(ApiException.badRequest("NAME_REQUIRED", emailRequired ? "Please give your name." : "Please give the citizen's name."));
        } else if (trimmedName.length() > LONGEST_NAME) {
            problems.add(ApiException.badRequest("NAME_TOO_LONG", "A name may have at most " + LONGEST_NAME + " characters."));
        } else if (hasControlCharacters(trimmedName)) {
            problems.add(ApiException.badRequest("INVALID_NAME", "The name contains characters that cannot be stored."));
        }
        String trimmedEmail = blankToNull(email);
        if (trimmedEmail == null && emailRequired) {
            problems.add(ApiException.badRequest("EMAIL_REQUIRED", "Please give your e-mail address: the confirmation is sent there."));
        } else if (trimmedEmail != null && (trimmedEmail.length() > LONGEST_EMAIL || !EMAIL.matcher(trimmedEmail).matches())) {
            problems.add(ApiException.badRequest("INVALID_EMAIL", "This is not an e-mail address we can write to."));
        }
        String trimmedPhone = blankToNull(phone);
        if (trimmedPhone != null && !PHONE.matcher(trimmedPhone).matches()) {
            problems.add(ApiException.badRequest("INVALID_PHONE", "A phone number has 3 to " + LONGEST_PHONE + " digits, spaces or + ( ) / - ."));
        }
        return problems;
    }

    /** Persons or documents: one if not given; at most as many as a ticket may be for. */
    static int persons(Integer persons) {
        int count = persons == null ? 1 : persons;
        if (count < 1 || count > TicketIssuer.MAX_PERSONS) {
            throw ApiException.badRequest("INVALID_PERSONS", "A booking is for 1 to " + TicketIssuer.MAX_PERSONS + " persons or documents.");
        }
        return count;
    }

    String emailKey() {
        return email == null ? null : EmailKey.of(email);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
