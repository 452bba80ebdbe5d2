package de.foyer.server.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal the caller can act on: an HTTP status, a stable code and a sentence for people.
 * Services throw it; the error mapping turns it into the contract's JSON.
 */
public class ApiException extends RuntimeException {

    /** What a sentence quotes of the request ('…') is cut after this: 10 KB sent as an id are not sent back. */
    private static final int LONGEST_QUOTE = 60;
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{" + (LONGEST_QUOTE + 1) + ",})'");

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(shortened(message), null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    private static String shortened(String message) {
        if (message == null) {
            return null;
        }
        Matcher quote = LONG_QUOTE.matcher(message);
        return quote.replaceAll(found -> Matcher.quoteReplacement("'" + found.group(1).substring(0, LONGEST_QUOTE) + "…'"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
