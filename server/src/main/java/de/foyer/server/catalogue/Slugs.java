package de.foyer.server.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Ids made from names, as they appear in addresses: "Reisepass beantragen" → "reisepass-beantragen".
 * Offices, categories, services, waiting areas and counters share one id space per kind across the
 * installation, so a taken one gets a number ({@link #free}).
 */
public final class Slugs {

    private static final int LONGEST = 50;

    private Slugs() {
    }

    public static String of(String name) {
        String german = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String plain = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-+$", "");
        }
        return slug.length() < 2 ? "eintrag" + (slug.isEmpty() ? "" : "-" + slug) : slug;
    }

    /** The slug of the name, or with -2, -3 … the first that is not taken. */
    public static String free(String name, Predicate<String> taken) {
        String base = of(name);
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
