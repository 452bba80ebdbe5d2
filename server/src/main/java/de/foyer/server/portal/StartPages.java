package de.foyer.server.portal;

import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/** The first steps: the categories, a category's services, a service's information, and how many persons or documents. */
final class StartPages {

    private final PortalCatalogue catalogue;
    private final PortalPages pages;
    private final Texts texts;

    StartPages(PortalCatalogue catalogue, PortalPages pages, Texts texts) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/", pages.page(this::start));
        routes.get("/categories/{category}", pages.page(this::category));
        routes.get("/services/{service}", pages.page(this::service));
        routes.get("/services/{service}/persons", pages.page((ctx, language) ->
                persons(ctx, language, Choice.from(ctx), null, 200)));
    }

    private void start(Context ctx, Language language) {
        List<PortalCatalogue.OfficeCategories> found = catalogue.offices();
        List<StartView.Office> offices = found.stream()
                .map(office -> new StartView.Office(office.office().name(), String.join(", ", office.office().reachLines()), office.categories().stream()
                        .map(category -> new ChoiceLink("/categories/" + Addresses.encode(category.id()),
                                Localized.name(language, category), false))
                        .toList()))
                .toList();
        View start = View.of("start", texts.get(language, "start.title"), new StartView(offices)).asIndexable();
        pages.show(ctx, language, 200, found.size() == 1 ? start.about(found.get(0).office()) : start);
    }

    private void category(Context ctx, Language language) {
        PortalCatalogue.CategoryServices found = catalogue.category(ctx.pathParam("category"));
        List<ChoiceLink> services = found.services().stream()
                .map(service -> new ChoiceLink("/services/" + Addresses.encode(service.id()), Localized.name(language, service),
                        !service.onlineBookable()))
                .toList();
        String title = Localized.name(language, found.category());
        pages.show(ctx, language, 200, View.of("category", title, new CategoryView(title, services)).asIndexable().about(found.office()));
    }

    private void service(Context ctx, Language language) {
        PortalCatalogue.ServiceInfo info = catalogue.service(ctx.pathParam("service"));
        Service service = info.service();
        String name = Localized.name(language, service);
        ServiceView view = new ServiceView("/categories/" + Addresses.encode(info.category().id()),
                Localized.name(language, info.category()), name, Localized.information(language, service),
                service.durationMinutes(), service.onlineBookable() ? new Choice(service.id(), 1, null).personsUrl() : null);
        pages.show(ctx, language, 200, View.of("service", name, view).asIndexable().about(info.office()));
    }

    /** The persons question; shown again with the error when the answer was no number from 1 to 10. */
    void persons(Context ctx, Language language, Choice choice, String typed, int status) {
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        requireOnline(info);
        boolean error = typed != null;
        PersonsView view = new PersonsView("/services/" + Addresses.encode(choice.serviceId()),
                Localized.name(language, info.service()), "/services/" + Addresses.encode(choice.serviceId()) + "/days",
                choice.moveFields(), error ? typed : Integer.toString(choice.persons()),
                error ? texts.get(language, "error.INVALID_PERSONS") : null);
        String title = texts.get(language, "persons.title");
        pages.show(ctx, language, status, View.of("persons", error ? texts.get(language, "errors.prefix") + " " + title : title, view)
                .about(info.office()));
    }

    static void requireOnline(PortalCatalogue.ServiceInfo info) {
        if (!info.service().onlineBookable()) {
            throw ApiException.conflict("NOT_BOOKABLE_ONLINE", "This service cannot be booked online.");
        }
    }
}
