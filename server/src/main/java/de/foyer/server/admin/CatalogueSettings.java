package de.foyer.server.admin;

import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueChanges;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Counter;
import de.foyer.server.catalogue.Service;
import de.foyer.server.catalogue.Slugs;
import de.foyer.server.catalogue.Translations;
import de.foyer.server.catalogue.WaitingArea;
import de.foyer.server.queue.Tickets;
import de.foyer.server.staff.AuditLog;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Changes to what the office offers: waiting areas, counters, categories, services, and which counter serves what. Each one is audited. */
final class CatalogueSettings {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Jdbi jdbi;
    private final Clock clock;

    CatalogueSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    void saveService(String serviceId, Requests.ServiceChange change, Principal.Clerk admin, boolean create) {
        String id = create ? Checks.id("id", change.id()) : serviceId;
        String name = Checks.text("name", change.name(), 120);
        int minutes = Checks.number("durationMinutes", change.durationMinutes(), 1, 240);
        jdbi.useTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Service existing = catalogue.service(id).orElse(null);
            if (create && existing != null) {
                throw ApiException.conflict("ID_TAKEN", "There is a service '" + id + "' already.");
            }
            if (!create && (existing == null || !existing.officeId().equals(admin.officeId()))) {
                throw ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + id + "'.");
            }
            String category = change.category() != null ? change.category() : existing == null ? null : existing.categoryId();
            ownCategory(catalogue, category, admin);
            boolean online = change.onlineBookable() != null ? change.onlineBookable() : existing == null || existing.onlineBookable();
            String information = change.information() != null ? Checks.optionalText("information", change.information(), 2000)
                    : existing == null ? "" : existing.information();
            Translations names = Checks.translations("names", change.names(), "nameEn", change.nameEn(),
                    existing == null ? Translations.NONE : existing.names(), 120);
            Translations informationTexts = Checks.translations("informationTexts", change.informationTexts(), "informationEn",
                    change.informationEn(), existing == null ? Translations.NONE : existing.informationTexts(), 2000);
            String leika = change.leika() != null ? Checks.leika(change.leika()) : existing == null ? null : existing.leika();
            CatalogueChanges.on(handle).saveService(new Service(id, admin.officeId(), category, name, names, minutes,
                    information, informationTexts, leika, online, 0, existing == null ? null : existing.retiredAt()));
            audit(handle, clock.instant(), admin, create ? "SETTINGS_SERVICE_CREATED" : "SETTINGS_SERVICE", id,
                    name + ", " + minutes + " min" + (online ? ", online" : ""));
        });
    }

    /**
     * A new service of the office as API.md asks for it: its id made from its name (with -2, -3 …
     * where the installation has that id already, in any office); returns the id.
     */
    String addService(String officeId, Requests.ServiceChange change, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        String name = Checks.text("name", change.name(), 120);
        String id = jdbi.withHandle(handle -> Slugs.free(name, candidate -> Catalogue.on(handle).service(candidate).isPresent()));
        saveService(null, new Requests.ServiceChange(id, change.category(), change.name(), change.nameEn(), change.durationMinutes(),
                change.onlineBookable(), change.information(), change.informationEn(), change.leika(), change.names(),
                change.informationTexts()), admin, true);
        return id;
    }

    /** A new category of the office as API.md asks for it: id from its name, ticket letter the first free one unless given; returns the id. */
    String addCategory(String officeId, Requests.CategoryChange change, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        String name = Checks.text("name", change.name(), 120);
        Requests.CategoryChange named = jdbi.withHandle(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            String prefix = change.prefix() != null && !change.prefix().isBlank() ? change.prefix()
                    : firstFreePrefix(catalogue.categories(officeId).stream().map(Category::ticketPrefix).toList());
            return new Requests.CategoryChange(Slugs.free(name, candidate -> catalogue.category(candidate).isPresent()), change.name(),
                    change.nameEn(), prefix, change.names());
        });
        saveCategory(null, named, admin, true);
        return named.id();
    }

    /** The first letter that begins none of the office's ticket numbers yet. */
    static String firstFreePrefix(Collection<String> taken) {
        return LETTERS.chars().mapToObj(letter -> String.valueOf((char) letter)).filter(letter -> !taken.contains(letter))
                .findFirst().orElseThrow(() -> ApiException.conflict("NO_PREFIX_LEFT",
                        "Every letter from A to Z begins another category's tickets; join this one to an existing category."));
    }

    void saveCategory(String categoryId, Requests.CategoryChange change, Principal.Clerk admin, boolean create) {
        String id = create ? Checks.id("id", change.id()) : categoryId;
        String name = Checks.text("name", change.name(), 120);
        jdbi.useTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            if (create) {
                String prefix = change.prefix() == null ? "" : change.prefix().strip().toUpperCase(Locale.ROOT);
                if (!prefix.matches("[A-Z]")) {
                    throw ApiException.badRequest("INVALID_PREFIX", "The ticket prefix is one letter from A to Z.");
                }
                if (catalogue.category(id).isPresent()) {
                    throw ApiException.conflict("ID_TAKEN", "There is a category '" + id + "' already.");
                }
                if (catalogue.categories(admin.officeId()).stream().anyMatch(c -> c.ticketPrefix().equals(prefix))) {
                    throw ApiException.conflict("PREFIX_TAKEN", "Another category's tickets begin with " + prefix + " already.");
                }
                Translations names = Checks.translations("names", change.names(), "nameEn", change.nameEn(), Translations.NONE, 120);
                CatalogueChanges.on(handle).addCategory(new Category(id, admin.officeId(), name, names, prefix, 0));
            } else {
                Category stored = ownCategory(catalogue, id, admin);
                CatalogueChanges.on(handle).renameCategory(id, name,
                        Checks.translations("names", change.names(), "nameEn", change.nameEn(), stored.names(), 120));
            }
            audit(handle, clock.instant(), admin, create ? "SETTINGS_CATEGORY_CREATED" : "SETTINGS_CATEGORY", id, name);
        });
    }

    void saveCounter(String counterId, Requests.CounterChange change, Principal.Clerk admin) {
        String name = Checks.text("name", change.name(), 40);
        Set<String> services = new LinkedHashSet<>(change.services() == null ? List.of() : change.services());
        jdbi.useTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Counter counter = ownCounter(handle, counterId, admin);
            String area = change.waitingArea() == null ? counter.waitingAreaId() : change.waitingArea();
            if (catalogue.waitingArea(area).filter(found -> found.officeId().equals(admin.officeId())).isEmpty()) {
                throw ApiException.notFound("UNKNOWN_WAITING_AREA", "This office has no waiting area '" + area + "'.");
            }
            Set<String> offered = new LinkedHashSet<>(catalogue.services(admin.officeId()).stream().map(Service::id).toList());
            services.stream().filter(service -> !offered.contains(service)).findFirst().ifPresent(unknown -> {
                throw ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + unknown + "'.");
            });
            CatalogueChanges.on(handle).changeCounter(counterId, name, area, services);
            audit(handle, clock.instant(), admin, "SETTINGS_COUNTER", counterId, name + ": " + services.size() + " services");
        });
    }

    /**
     * The service is offered no more: gone from kiosks, the portal and the console's choices, while
     * its bookings are still kept and checked in and its tickets called. Retiring it again changes nothing.
     */
    void retireService(String serviceId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Service service = ownService(handle, serviceId, admin);
            if (!service.retired()) {
                CatalogueChanges.on(handle).retireService(serviceId, clock.instant());
                audit(handle, clock.instant(), admin, "SETTINGS_SERVICE_RETIRED", serviceId, service.name());
            }
        });
    }

    /**
     * The counter is taken out of service once nobody holds it; tickets sent to it in particular go
     * back to their service's line. Retiring it again changes nothing.
     */
    void retireCounter(String counterId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Counter counter = ownCounter(handle, counterId, admin);
            if (counter.retired()) {
                return;
            }
            if (counter.staffed()) {
                throw ApiException.conflict("COUNTER_STAFFED", "Counter " + counter.name()
                        + " is open: its clerk closes it first, then it can be taken out of service.");
            }
            int released = Tickets.on(handle).releaseFromCounter(counterId);
            CatalogueChanges.on(handle).retireCounter(counterId, clock.instant());
            audit(handle, clock.instant(), admin, "SETTINGS_COUNTER_RETIRED", counterId,
                    counter.name() + (released > 0 ? ", " + released + " waiting tickets back in line" : ""));
        });
    }

    /** A service retired by mistake, or needed again, is offered again as it was. Offering it again twice changes nothing. */
    void reinstateService(String serviceId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Service service = ownService(handle, serviceId, admin);
            if (service.retired()) {
                CatalogueChanges.on(handle).reinstateService(serviceId);
                audit(handle, clock.instant(), admin, "SETTINGS_SERVICE_REINSTATED", serviceId, service.name());
            }
        });
    }

    /** A retired counter is in service again, closed until a clerk opens it. Doing it twice changes nothing. */
    void reinstateCounter(String counterId, Principal.Clerk admin) {
        jdbi.useTransaction(handle -> {
            Counter counter = ownCounter(handle, counterId, admin);
            if (counter.retired()) {
                CatalogueChanges.on(handle).reinstateCounter(counterId);
                audit(handle, clock.instant(), admin, "SETTINGS_COUNTER_REINSTATED", counterId, counter.name());
            }
        });
    }

    private static Service ownService(Handle handle, String serviceId, Principal.Clerk admin) {
        return Catalogue.on(handle).service(serviceId).filter(found -> found.officeId().equals(admin.officeId()))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + serviceId + "'."));
    }

    /** The administrator's own counter, locked: one change of a counter at a time. */
    private static Counter ownCounter(Handle handle, String counterId, Principal.Clerk admin) {
        return Catalogue.on(handle).lockCounter(counterId).filter(found -> found.officeId().equals(admin.officeId()))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_COUNTER", "This office has no counter '" + counterId + "'."));
    }

    /** A new waiting area of the administrator's own office; returns its id. */
    String addWaitingArea(String officeId, Requests.NewWaitingArea area, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        String name = Checks.text("name", area.name(), 80);
        Translations names = Checks.translations("names", area.names(), "nameEn", null, Translations.NONE, 80);
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            String id = Slugs.free(officeId + " " + name, candidate -> catalogue.waitingArea(candidate).isPresent());
            CatalogueChanges.on(handle).addWaitingArea(new WaitingArea(id, officeId, name, names));
            audit(handle, clock.instant(), admin, "SETTINGS_WAITING_AREA_CREATED", id, name);
            return id;
        });
    }

    /** A new counter of the administrator's own office, closed, serving the services given; returns its id. */
    String addCounter(String officeId, Requests.CounterChange change, Principal.Clerk admin) {
        Checks.ownOffice(officeId, admin);
        String name = Checks.text("name", change.name(), 40);
        Set<String> services = new LinkedHashSet<>(change.services() == null ? List.of() : change.services());
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            String area = change.waitingArea();
            if (area == null || catalogue.waitingArea(area).filter(found -> found.officeId().equals(officeId)).isEmpty()) {
                throw ApiException.notFound("UNKNOWN_WAITING_AREA", "This office has no waiting area '" + area + "'.");
            }
            Set<String> offered = new LinkedHashSet<>(catalogue.services(officeId).stream().map(Service::id).toList());
            services.stream().filter(service -> !offered.contains(service)).findFirst().ifPresent(unknown -> {
                throw ApiException.notFound("UNKNOWN_SERVICE", "This office has no service '" + unknown + "'.");
            });
            String id = Slugs.free(officeId + " " + name, candidate -> catalogue.counter(candidate).isPresent());
            CatalogueChanges.on(handle).addCounter(id, officeId, name, area, services);
            audit(handle, clock.instant(), admin, "SETTINGS_COUNTER_CREATED", id, name + ": " + services.size() + " services");
            return id;
        });
    }

    private static Category ownCategory(Catalogue catalogue, String categoryId, Principal.Clerk admin) {
        return catalogue.category(categoryId == null ? "" : categoryId).filter(found -> found.officeId().equals(admin.officeId()))
                .orElseThrow(() -> ApiException.notFound("UNKNOWN_CATEGORY", "This office has no category '" + categoryId + "'."));
    }

    static void audit(Handle handle, Instant at, Principal.Clerk admin, String action, String subject, String detail) {
        new AuditLog(handle).record(at, admin.clerkId(), admin.officeId(), action, subject,
                detail.length() > 300 ? detail.substring(0, 300) : detail);
    }
}
