package de.foyer.server.portal;

import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** What the portal shows of the catalogue: offices with their categories, a category's services, one service with its rules. */
final class PortalCatalogue {

    record OfficeCategories(Office office, List<Category> categories) {
    }

    record CategoryServices(Office office, Category category, List<Service> services) {
    }

    record ServiceInfo(Office office, Category category, Service service, BookingRules rules) {
    }

    private final Jdbi jdbi;

    PortalCatalogue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<OfficeCategories> offices() {
        return jdbi.withHandle(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            return catalogue.activeOffices().stream()
                    .map(office -> new OfficeCategories(office, catalogue.categories(office.id())))
                    .toList();
        });
    }

    CategoryServices category(String categoryId) {
        return jdbi.withHandle(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Category category = catalogue.category(categoryId).orElseThrow(() ->
                    ApiException.notFound("UNKNOWN_CATEGORY", "There is no such category."));
            List<Service> services = catalogue.offeredServices(category.officeId()).stream()
                    .filter(service -> service.categoryId().equals(category.id()))
                    .toList();
            return new CategoryServices(catalogue.office(category.officeId()).orElseThrow(), category, services);
        });
    }

    ServiceInfo service(String serviceId) {
        return jdbi.withHandle(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Service service = catalogue.offeredService(serviceId).filter(offered -> !offered.retired()).orElseThrow(() ->
                    ApiException.notFound("UNKNOWN_SERVICE", "There is no such service."));
            return new ServiceInfo(catalogue.office(service.officeId()).orElseThrow(),
                    catalogue.category(service.categoryId()).orElseThrow(), service,
                    StoredBookingRules.on(handle).of(service.officeId()));
        });
    }

    /** The longest time any office keeps personal data after an appointment: what the privacy notice promises. */
    int longestKeepingDays() {
        return jdbi.withHandle(handle -> {
            StoredBookingRules rules = StoredBookingRules.on(handle);
            return Catalogue.on(handle).offices().stream()
                    .mapToInt(office -> rules.of(office.id()).eraseAfterDays())
                    .max().orElse(BookingRules.DEFAULTS.eraseAfterDays());
        });
    }

    /** Every office open for business, with or without a catalogue yet: the legal pages name them all. */
    List<Office> openOffices() {
        return jdbi.withHandle(handle -> Catalogue.on(handle).activeOffices());
    }
}
