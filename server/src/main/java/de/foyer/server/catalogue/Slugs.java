package de.foyer.server.admin;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names, as they appear in addresses: "Reisepass beantragen" → "reisepass-beantragen". */
final class Slugs {

    private static final int LONGEST = 50;

    private Slugs() {
    }

    static String of(String name) {
        String german = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String plain = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
        }
        return slug.length() < 2 ? "eintrag" + (slug.isEmpty() ? "" : "-" + slug) : slug;
    }
}
