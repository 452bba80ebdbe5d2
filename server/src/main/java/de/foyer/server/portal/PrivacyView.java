package de.foyer.server.portal;

import java.util.List;

/**
 * The privacy notice's facts: the offices responsible, how many days personal data is kept after an
 * appointment, whether to say that the German notice is the binding one (on every translation), and
 * the data-protection officers the offices named.
 */
public record PrivacyView(String office, int days, boolean germanIsBinding, List<Officer> officers) {

    /** An office's data-protection officer, as its administrator wrote it (name and how to reach them). */
    public record Officer(String office, String officer) {
    }
}
