package de.foyer.server.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.CitizenLanguage;
import org.jdbi.v3.core.mapper.ColumnMapper;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A catalogue text (a name, a service's information) in the citizens' languages besides German.
 * The German text is kept in its own column, since it is what signs, forms and clerks say; where a
 * translation is missing, the citizen sees it. Stored as a JSON object of language codes.
 */
public record Translations(Map<CitizenLanguage, String> texts) {

    public static final Translations NONE = new Translations(Map.of());
    /** Reads the JSON column; a catalogue DAO registers it on its handle. */
    static final ColumnMapper<Translations> COLUMN = (row, column, context) -> fromJson(row.getString(column));
    private static final ObjectMapper JSON = new ObjectMapper();

    public Translations {
        EnumMap<CitizenLanguage, String> kept = new EnumMap<>(CitizenLanguage.class);
        texts.forEach((language, text) -> {
            if (language != CitizenLanguage.DE && text != null && !text.isBlank()) {
                kept.put(language, text.strip());
            }
        });
        texts = Collections.unmodifiableMap(kept);
    }

    /** The text in that language, or the German one where there is none. */
    public String in(CitizenLanguage language, String german) {
        return texts.getOrDefault(language, german);
    }

    /** The same with one language's text set, or removed when it is blank. */
    public Translations with(CitizenLanguage language, String text) {
        EnumMap<CitizenLanguage, String> changed = new EnumMap<>(CitizenLanguage.class);
        changed.putAll(texts);
        changed.put(language, text);
        return new Translations(changed);
    }

    /** The same, with the other's texts where it has them. */
    public Translations withAll(Translations other) {
        EnumMap<CitizenLanguage, String> merged = new EnumMap<>(CitizenLanguage.class);
        merged.putAll(texts);
        merged.putAll(other.texts);
        return new Translations(merged);
    }

    /** Every language's text by its code, German first: what the contract shows as {@code names}. */
    public Map<String, String> byCode(String german) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(CitizenLanguage.DE.code(), german);
        all.putAll(byLanguageCode());
        return all;
    }

    /**
     * The texts by language code, German left out: how the database keeps them, and how an answer
     * shows them, the shape a change sends back ({@code "names": {"en": …}}).
     */
    @JsonValue
    public Map<String, String> byLanguageCode() {
        Map<String, String> byCode = new LinkedHashMap<>();
        texts.forEach((language, text) -> byCode.put(language.code(), text));
        return byCode;
    }

    /** The JSON object the database keeps. */
    public String json() {
        try {
            return JSON.writeValueAsString(byLanguageCode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }

    static Translations fromJson(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            Map<String, String> byCode = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            EnumMap<CitizenLanguage, String> texts = new EnumMap<>(CitizenLanguage.class);
            byCode.forEach((code, text) -> CitizenLanguage.of(code).ifPresent(language -> texts.put(language, text)));
            return new Translations(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalogue holds translations that are not a JSON object: " + json, e);
        }
    }
}
