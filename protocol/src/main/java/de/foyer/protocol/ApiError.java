package de.foyer.protocol;

/** The body of every 4xx/5xx answer: a stable code for programs and a sentence for people. */
public record ApiError(Detail error) {

    public record Detail(String code, String message) {
    }

    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }
}
