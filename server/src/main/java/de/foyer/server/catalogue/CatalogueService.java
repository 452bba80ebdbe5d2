package de.foyer.server.catalogue;

import de.foyer.protocol.CitizenLanguage;
import de.foyer.protocol.CounterInfo;
import de.foyer.protocol.OfficeInfo;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue as the contract shows it to citizens, kiosks and other systems. */
public final class CatalogueService {

    private final Jdbi jdbi;

    public CatalogueService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The offices open for business, with their waiting areas named in German; a retired office is left out. */
    public List<OfficeInfo> offices() {
        return offices(CitizenLanguage.DE);
    }

    /** The offices open for business, with their waiting areas; a retired office is left out. */
    public List<OfficeInfo> offices(CitizenLanguage language) {
        return jdbi.withHandle(handle -> {
            Catalogue dao = Catalogue.on(handle);
            return dao.activeOffices().stream()
                    .map(office -> new OfficeInfo(office.id(), office.name(), office.timeZone(),
                            dao.waitingAreas(office.id()).stream()
                                    .map(area -> new OfficeInfo.WaitingAreaInfo(area.id(),
                                            area.names().in(language, area.name()), area.names().byCode(area.name())))
                                    .toList()))
                    .toList();
        });
    }

    /** The office's categories and services, named in the language asked for and in all the others beside it. */
    public ServiceCatalogue services(String officeId, CitizenLanguage language) {
        return jdbi.withHandle(handle -> {
            Catalogue dao = Catalogue.on(handle);
            requireOffice(dao, officeId);
            List<Service> services = dao.offeredServices(officeId);
            return new ServiceCatalogue(dao.categories(officeId).stream()
                    .map(category -> new ServiceCatalogue.Category(category.id(),
                            category.names().in(language, category.name()), category.names().in(CitizenLanguage.EN, category.name()),
                            category.ticketPrefix(),
                            services.stream()
                                    .filter(service -> service.categoryId().equals(category.id()))
                                    .map(service -> toWire(service, language))
                                    .toList(),
                            category.names().byCode(category.name())))
                    .toList());
        });
    }

    public List<CounterInfo> counters(String officeId) {
        return jdbi.withHandle(handle -> {
            Catalogue dao = Catalogue.on(handle);
            requireOffice(dao, officeId);
            Map<String, Set<String>> served = dao.servicesByCounter(officeId);
            // A retired service is still called where earlier bookings wait for it, but no longer listed as served.
            Set<String> offered = dao.services(officeId).stream().map(Service::id).collect(Collectors.toSet());
            return dao.counters(officeId).stream()
                    .map(counter -> new CounterInfo(counter.id(), counter.name(), counter.waitingAreaId(),
                            served.getOrDefault(counter.id(), Set.of()).stream().filter(offered::contains).sorted().toList(),
                            counter.state().name()))
                    .toList();
        });
    }

    /** Makes an office of that name (its id from the name) with an empty catalogue; returns it. */
    public Office createOffice(String name, GermanState state, ZoneId zone) {
        return jdbi.inTransaction(handle -> {
            Catalogue catalogue = Catalogue.on(handle);
            Office office = new Office(Slugs.free(name, id -> catalogue.office(id).isPresent()), name, null, null, null, null,
                    null, null, null, state, zone.getId(), null, null);
            CatalogueChanges.on(handle).addOffice(office);
            return office;
        });
    }

    /** The office with the id, if there is one. */
    public Optional<Office> office(String officeId) {
        return jdbi.withHandle(handle -> Catalogue.on(handle).office(officeId));
    }

    /** The time zone of the office: the one its times are read and shown in. */
    public ZoneId zoneOfOffice(String officeId) {
        return jdbi.withHandle(handle -> requireOffice(Catalogue.on(handle), officeId).zone());
    }

    /** The time zone of the office the waiting area belongs to. */
    public ZoneId zoneOfWaitingArea(String areaId) {
        return jdbi.withHandle(handle -> {
            Catalogue dao = Catalogue.on(handle);
            WaitingArea area = dao.waitingArea(areaId).orElseThrow(() ->
                    ApiException.notFound("UNKNOWN_WAITING_AREA", "There is no waiting area with the id '" + areaId + "'."));
            return requireOffice(dao, area.officeId()).zone();
        });
    }

    public static Office requireOffice(Catalogue dao, String officeId) {
        return dao.office(officeId).orElseThrow(() ->
                ApiException.notFound("UNKNOWN_OFFICE", "There is no office with that id."));
    }

    private static ServiceCatalogue.Service toWire(Service service, CitizenLanguage language) {
        Translations names = service.names();
        Translations information = service.informationTexts();
        return new ServiceCatalogue.Service(service.id(), names.in(language, service.name()),
                names.in(CitizenLanguage.EN, service.name()), service.durationMinutes(),
                information.in(language, service.information()), information.in(CitizenLanguage.EN, service.information()),
                service.onlineBookable(), names.byCode(service.name()), information.byCode(service.information()));
    }
}
