package de.foyer.server.web;

import java.util.List;

/**
 * The frame around every staff page: title, office, who is signed in, the navigation this viewer may
 * use, the page's scripts and their messages (JSON, safe inside a script element).
 *
 * @param officeId the office the page shows when the viewer works for several (the page's requests
 *                 name it); empty otherwise
 * @param offices  the viewer's offices to switch between, when there are several
 */
public record Frame(String titleKey, Bilingual words, String office, String user, String csrfToken,
                   List<Link> navigation, List<String> scripts, String scriptMessages, String officeId, List<Link> offices) {

    /** One entry of the navigation; {@code current} on the page the viewer is on. */
    public record Link(String path, String textKey, boolean current) {
    }

    public boolean signedIn() {
        return !user.isEmpty();
    }
}
