package de.foyer.server.setup;

import de.foyer.server.catalogue.GermanState;
import de.foyer.server.staff.Administrators;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.Tokens;

import java.util.Locale;
import java.util.Optional;

/**
 * The one-time secret of the setup link. It exists only while the installation has no administrator,
 * is made anew at each such start, and is spent by the first administrator made with it. It lives
 * in the server's memory and its output only: whoever reads the output set the server up.
 */
public final class SetupLink {

    /** What the setup page sends: the first office, with its state, and its administrator. */
    record Request(String token, String officeName, String state, String username, String password) {
    }

    record Done(String office, String username) {
    }

    private final Administrators administrators;
    private String token;

    public SetupLink(Administrators administrators, Tokens tokens) {
        this.administrators = administrators;
        this.token = administrators.none() ? tokens.newToken() : null;
    }

    /** The secret while setup is open: for the server's output, nowhere else. */
    public synchronized Optional<String> token() {
        return open() ? Optional.of(token) : Optional.empty();
    }

    synchronized boolean opens(String candidate) {
        return open() && candidate != null && Tokens.same(Tokens.hash(token), Tokens.hash(candidate));
    }

    /** Makes the office and its administrator, once; a wrong or spent token changes nothing. */
    synchronized Done complete(Request request) {
        if (!opens(request.token())) {
            throw new ApiException(403, "SETUP_CLOSED",
                    "This setup link is not valid: it was not copied whole, the installation has an administrator already, or the server was restarted and printed a new one.");
        }
        GermanState state = GermanState.ofCode(request.state()).orElseThrow(() -> ApiException.badRequest("INVALID_STATE",
                "The state is one of " + GermanState.codes() + " (its public holidays close the office)."));
        try {
            String office = administrators.create(request.username(), request.password(),
                    new Administrators.OfficeChoice(request.officeName(), state));
            token = null;
            return new Done(office, request.username().strip().toLowerCase(Locale.ROOT));
        } catch (Administrators.Refused refused) {
            throw ApiException.badRequest("SETUP_REFUSED", refused.getMessage());
        }
    }

    /** Open while unspent and while nobody made an administrator another way meanwhile. */
    private boolean open() {
        if (token != null && !administrators.none()) {
            token = null;
        }
        return token != null;
    }
}
