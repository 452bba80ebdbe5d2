package de.foyer.server.portal;

import java.util.List;
import java.util.Objects;

/**
 * What a portal template gets: the frame every page shares and the page's own view.
 *
 * @param <V> the page's view record, e.g. {@link StartView}
 */
public record Page<V>(Layout layout, V view) {

    public Page {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(view, "view");
    }

    public PortalWords words() {
        return layout.words();
    }

    /**
     * The frame: the page's title, the address of the same page in the other language, whether it
     * loads the booking form's script, and whether search engines may list it (the catalogue and the
     * privacy notice, so that citizens find the portal; never a page of the booking path or of a booking),
     * and how to reach the office the page is about, a line each (empty on a page of all offices).
     */
    public record Layout(PortalWords words, PortalWords other, String title, String switchUrl, boolean bookingScript,
                         boolean indexable, List<String> contact) {

        public Layout {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(other, "other");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(switchUrl, "switchUrl");
            contact = List.copyOf(contact);
        }
    }
}
