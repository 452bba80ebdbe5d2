package de.foyer.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.protocol.CitizenLanguage;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueChanges;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.Slugs;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.CsvTable;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A town's list of services imported into an office, as CSV or JSON. Good lines are stored, bad
 * ones reported by line with a code and a sentence; a category is made by its name when new. A
 * service is recognised again by its LeiKa key, else by its name, so importing the same list twice
 * changes nothing. The whole import is one transaction, one at a time per office, and audited.
 */
final class CatalogueImport {

    record Refusal(int line, String code, String message) {
    }

    record Result(int imported, int unchanged, List<Refusal> refused) {
    }

    /** One line as read, its fields by the column names of the contract (lower case). */
    private record Line(int number, Map<String, String> fields) {

        String get(String column) {
            String value = fields.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static final List<String> REQUIRED = List.of("category", "name", "durationminutes");

    private final Jdbi jdbi;
    private final Clock clock;

    CatalogueImport(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Result csv(String officeId, String text, Principal.Clerk admin) {
        CsvTable table = CsvTable.read(text);
        if (!table.columns().containsAll(REQUIRED)) {
            throw ApiException.badRequest("CSV_HEADER", "The first line must name the columns category, name and "
                    + "durationMinutes (and may name information, leika, onlineBookable, prefix, and name_<language> and "
                    + "information_<language> for " + CitizenLanguage.codes().subList(1, CitizenLanguage.values().length) + ").");
        }
        return store(officeId, table.rows().stream().map(row -> new Line(row.line(), row.fields())).toList(), admin);
    }

    Result json(String officeId, JsonNode list, Principal.Clerk admin) {
        if (!list.isArray()) {
            throw ApiException.badRequest("BODY_REQUIRED", "Send a list of services, each an object with category, name, durationMinutes ….");
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw ApiException.badRequest("MALFORMED_JSON", "Entry " + (i + 1) + " of the list is not an object.");
            }
            Map<String, String> fields = new HashMap<>();
            list.get(i).properties().forEach(field -> fields.put(field.getKey().toLowerCase(Locale.ROOT),
                    field.getValue().isValueNode() && !field.getValue().isNull() ? field.getValue().asText() : null));
            lines.add(new Line(i + 1, fields));
        }
        return store(officeId, lines, admin);
    }

    private Result store(String officeId, List<Line> lines, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        return jdbi.inTransaction(handle -> {
            CatalogueChanges changes = CatalogueChanges.on(handle);
            changes.lockOffice(officeId);
            Catalogue catalogue = Catalogue.on(handle);
            List<Category> categories = new ArrayList<>(catalogue.categories(officeId));
            // A retired service named in the town's list again is recognised and offered again.
            List<Service> services = new ArrayList<>(catalogue.allServices(officeId));
            Map<String, Integer> seen = new HashMap<>();
            List<Refusal> refused = new ArrayList<>();
            int imported = 0;
            int unchanged = 0;
            for (Line line : lines) {
                try {
                    Wanted wanted = Wanted.of(line);
                    for (String key : wanted.identities()) {
                        Integer earlier = seen.get(key);
                        if (earlier != null) {
                            throw ApiException.conflict("DUPLICATE", "Line " + earlier + " has this service already.");
                        }
                    }
                    wanted.identities().forEach(key -> seen.put(key, line.number()));
                    Category category = category(catalogue, changes, categories, officeId, wanted);
                    Service existing = find(services, wanted);
                    Service service = new Service(existing != null ? existing.id() : serviceId(catalogue, wanted.name()),
                            officeId, category.id(), wanted.name(), wanted.names(existing), wanted.minutes(), wanted.information(),
                            wanted.informationTexts(existing),
                            wanted.leika() != null ? wanted.leika() : existing == null ? null : existing.leika(),
                            wanted.online(), existing == null ? 0 : existing.position(), null);
                    if (service.equals(existing)) {
                        unchanged++;
                        continue;
                    }
                    changes.saveService(service);
                    services.remove(existing);
                    services.add(service);
                    imported++;
                } catch (ApiException refusal) {
                    refused.add(new Refusal(line.number(), refusal.code(), refusal.getMessage()));
                }
            }
            CatalogueSettings.audit(handle, clock.instant(), admin, "CATALOGUE_IMPORTED", officeId,
                    imported + " imported, " + unchanged + " unchanged, " + refused.size() + " refused");
            return new Result(imported, unchanged, refused);
        });
    }

    /**
     * What a line asks for, checked field by field. {@code names} and {@code informationTexts} are the
     * {@code name_<language>} and {@code information_<language>} columns the line fills; a language
     * it leaves empty keeps the text the service has.
     */
    private record Wanted(String category, String prefix, String name, Map<CitizenLanguage, String> names, int minutes,
                          String information, Map<CitizenLanguage, String> informationTexts, String leika, boolean online) {

        static Wanted of(Line line) {
            String category = Checks.text("category", line.get("category"), 120);
            String name = Checks.text("name", line.get("name"), 120);
            return new Wanted(category, prefix(line.get("prefix")), name, translated(line, "name", 120),
                    minutes(line.get("durationminutes")), Checks.optionalText("information", line.get("information"), 2000),
                    translated(line, "information", 2000),
                    line.get("leika") == null ? null : Checks.leika(line.get("leika")), online(line.get("onlinebookable")));
        }

        Translations names(Service existing) {
            return applied(existing == null ? Translations.NONE : existing.names(), names);
        }

        Translations informationTexts(Service existing) {
            return applied(existing == null ? Translations.NONE : existing.informationTexts(), informationTexts);
        }

        private static Translations applied(Translations stored, Map<CitizenLanguage, String> given) {
            Translations result = stored;
            for (Map.Entry<CitizenLanguage, String> text : given.entrySet()) {
                result = result.with(text.getKey(), text.getValue());
            }
            return result;
        }

        private static Map<CitizenLanguage, String> translated(Line line, String column, int longest) {
            Map<CitizenLanguage, String> texts = new EnumMap<>(CitizenLanguage.class);
            for (CitizenLanguage language : CitizenLanguage.values()) {
                String field = column + "_" + language.code();
                if (language != CitizenLanguage.DE && line.get(field) != null) {
                    texts.put(language, Checks.optionalText(field, line.get(field), longest));
                }
            }
            return texts;
        }

        /** What makes two lines the same service: the same name, or the same LeiKa key. */
        List<String> identities() {
            String byName = "name:" + name.toLowerCase(Locale.ROOT);
            return leika == null ? List.of(byName) : List.of(byName, "leika:" + leika);
        }

        private static int minutes(String value) {
            try {
                return Checks.number("durationMinutes", value == null ? null : Integer.valueOf(value), 1, 240);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("INVALID_DURATIONMINUTES", "'durationMinutes' must be a whole number from 1 to 240.");
            }
        }

        private static boolean online(String value) {
            if (value == null) {
                return true;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "ja", "yes", "1", "x" -> true;
                case "false", "nein", "no", "0" -> false;
                default -> throw ApiException.badRequest("INVALID_ONLINEBOOKABLE",
                        "'onlineBookable' is ja or nein (true or false).");
            };
        }

        private static String prefix(String value) {
            if (value == null) {
                return null;
            }
            String letter = value.toUpperCase(Locale.ROOT);
            if (!letter.matches("[A-Z]")) {
                throw ApiException.badRequest("INVALID_PREFIX", "The ticket prefix is one letter from A to Z.");
            }
            return letter;
        }
    }

    private static Service find(List<Service> services, Wanted wanted) {
        if (wanted.leika() != null) {
            for (Service service : services) {
                if (wanted.leika().equals(service.leika())) {
                    return service;
                }
            }
        }
        return services.stream().filter(service -> service.name().equalsIgnoreCase(wanted.name())).findFirst().orElse(null);
    }

    /** The office's category of that name, made (with the given or the first free letter) if there is none. */
    private static Category category(Catalogue catalogue, CatalogueChanges changes, List<Category> categories, String officeId,
                                     Wanted wanted) {
        for (Category category : categories) {
            if (category.name().equalsIgnoreCase(wanted.category())) {
                return category;
            }
        }
        Set<String> taken = new LinkedHashSet<>(categories.stream().map(Category::ticketPrefix).toList());
        String prefix = wanted.prefix();
        if (prefix != null && taken.contains(prefix)) {
            throw ApiException.conflict("PREFIX_TAKEN", "Another category's tickets begin with " + prefix + " already.");
        }
        if (prefix == null) {
            prefix = CatalogueSettings.firstFreePrefix(taken);
        }
        String id = Slugs.free(wanted.category(), candidate -> catalogue.category(candidate).isPresent());
        Category made = new Category(id, officeId, wanted.category(), Translations.NONE, prefix, 0);
        changes.addCategory(made);
        Category stored = catalogue.category(id).orElseThrow();
        categories.add(stored);
        return stored;
    }

    private static String serviceId(Catalogue catalogue, String name) {
        return Slugs.free(name, candidate -> catalogue.service(candidate).isPresent());
    }
}
