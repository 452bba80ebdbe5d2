package de.foyer.server.portal;

import de.foyer.server.catalogue.Office;

/**
 * One page to show: its jte template under {@code portal/} and the view record the template takes,
 * its title, the address that shows the same page again (for the language switch; null for the
 * request's own), whether it loads the booking form's script, whether search engines may list it,
 * and the office the page is about (its footer says how to reach it; null for a page of all offices).
 */
record View(String template, String title, Object model, String self, boolean bookingScript, boolean indexable, Office office) {

    static View of(String template, String title, Object model) {
        return new View(template, title, model, null, false, false, null);
    }

    View withSelf(String address) {
        return new View(template, title, model, address, bookingScript, indexable, office);
    }

    View withBookingScript() {
        return new View(template, title, model, self, true, indexable, office);
    }

    View asIndexable() {
        return new View(template, title, model, self, bookingScript, true, office);
    }

    View about(Office of) {
        return new View(template, title, model, self, bookingScript, indexable, of);
    }
}
