package de.foyer.server.web;

/** A budget is used up: 429, and the error mapping adds Retry-After. */
public final class RateLimited extends ApiException {

    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds, String message) {
        super(429, "RATE_LIMITED", message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
