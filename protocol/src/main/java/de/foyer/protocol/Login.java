package de.foyer.protocol;

/** Clerk login: the request, and the session it opens. */
public final class Login {

    private Login() {
    }

    public record Request(String username, String password) {
    }

    /** The token serves scripts as a bearer; pages use the cookie and send csrfToken back. */
    public record Session(String token, String csrfToken, String username, String role, String office) {
    }
}
