package de.foyer.server.portal;

import java.util.HashMap;
import java.util.Map;

/**
 * One page to show: its title, its template with the values it needs, the address that shows the
 * same page again (for the language switch), whether it loads the booking form's script, and whether
 * search engines may list it (the catalogue and the privacy notice, so that citizens find the portal;
 * never a page of the booking path or of a booking).
 */
record View(String title, String template, Map<String, String> values, String self, boolean bookingScript,
            boolean indexable) {

    static View of(String title, String template, Map<String, String> values, String self) {
        return new View(title, template, values, self, false, false);
    }

    View withBookingScript() {
        return new View(title, template, values, self, true, indexable);
    }

    View asIndexable() {
        return new View(title, template, values, self, bookingScript, true);
    }

    /** Values a template needs, collected in order of writing. */
    static final class Values {
        private final Map<String, String> values = new HashMap<>();

        Values put(String name, Object value) {
            values.put(name, String.valueOf(value));
            return this;
        }

        Map<String, String> map() {
            return values;
        }
    }
}
