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
    /**
     * What every page around its content shows: the words of its language, a link to the same page
     * in each other language, the title, and the office's contact lines.
     */
    public record Layout(PortalWords words, List<LanguageLink> languages, String title, boolean bookingScript,
                         boolean indexable, List<String> contact) {

        public Layout {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(title, "title");
            languages = List.copyOf(languages);
            contact = List.copyOf(contact);
        }
    }

    /** This page in another language: named in that language, so that its readers find it. */
    public record LanguageLink(String code, String name, String url) {
    }
}
