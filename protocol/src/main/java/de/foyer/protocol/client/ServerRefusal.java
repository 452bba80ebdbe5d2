package de.foyer.protocol.client;

/**
 * The server answered, and said no: a 4xx with the contract's code (TOO_EARLY, NO_CAPACITY_TODAY …)
 * and a sentence. A kiosk picks its own message by the code; the sentence is for the log.
 */
public final class ServerRefusal extends Exception {

    private final int status;
    private final String code;

    public ServerRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
