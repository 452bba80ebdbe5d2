package de.foyer.server.portal;

/**
 * One page to show: its jte template under {@code portal/} and the view record the template takes,
 * its title, the address that shows the same page again (for the language switch; null for the
 * request's own), whether it loads the booking form's script, and whether search engines may list it.
 */
record View(String template, String title, Object model, String self, boolean bookingScript, boolean indexable) {

    static View of(String template, String title, Object model) {
        return new View(template, title, model, null, false, false);
    }

    View withSelf(String address) {
        return new View(template, title, model, address, bookingScript, indexable);
    }

    View withBookingScript() {
        return new View(template, title, model, self, true, indexable);
    }

    View asIndexable() {
        return new View(template, title, model, self, bookingScript, true);
    }
}
