package de.foyer.server.portal;

import de.foyer.server.catalogue.Category;
import de.foyer.server.catalogue.Service;
import de.foyer.server.web.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

/** The first steps: the categories, a category's services, a service's information, and how many persons or documents. */
final class StartPages {

    private final PortalCatalogue catalogue;
    private final Pages pages;
    private final Texts texts;

    StartPages(PortalCatalogue catalogue, Pages pages, Texts texts) {
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
        List<PortalCatalogue.OfficeCategories> offices = catalogue.offices();
        StringBuilder list = new StringBuilder();
        for (PortalCatalogue.OfficeCategories office : offices) {
            if (offices.size() > 1) {
                list.append("<h2>").append(Html.escape(office.office().name())).append("</h2>\n");
            }
            list.append("<ul class=\"choices\">\n");
            for (Category category : office.categories()) {
                list.append(choice("/categories/" + Html.encode(category.id()), Localized.name(language, category), null));
            }
            list.append("</ul>\n");
        }
        String title = texts.get(language, "start.title");
        pages.show(ctx, language, 200, View.of(title, "start", new View.Values().put("offices", list).map(), null).asIndexable());
    }

    private void category(Context ctx, Language language) {
        PortalCatalogue.CategoryServices found = catalogue.category(ctx.pathParam("category"));
        StringBuilder list = new StringBuilder();
        for (Service service : found.services()) {
            String hint = service.onlineBookable() ? null : texts.get(language, "category.notOnline");
            list.append(choice("/services/" + Html.encode(service.id()), Localized.name(language, service), hint));
        }
        String title = Localized.name(language, found.category());
        pages.show(ctx, language, 200, View.of(title, "category", new View.Values()
                .put("categoryName", title).put("services", list).map(), null).asIndexable());
    }

    private void service(Context ctx, Language language) {
        PortalCatalogue.ServiceInfo info = catalogue.service(ctx.pathParam("service"));
        Service service = info.service();
        String action = service.onlineBookable()
                ? "<a class=\"button\" role=\"button\" draggable=\"false\" href=\"" + Html.escape(
                        new Choice(service.id(), 1, null).personsUrl()) + "\">"
                        + Html.escape(texts.get(language, "service.book")) + "</a>"
                : "<div class=\"inset\"><h2>" + Html.escape(texts.get(language, "service.notOnline.title")) + "</h2><p>"
                        + Html.escape(texts.get(language, "service.notOnline.text")) + "</p></div>";
        String name = Localized.name(language, service);
        pages.show(ctx, language, 200, View.of(name, "service", new View.Values()
                .put("backUrl", "/categories/" + Html.encode(info.category().id()))
                .put("categoryName", Localized.name(language, info.category()))
                .put("serviceName", name)
                .put("information", Localized.information(language, service))
                .put("minutes", service.durationMinutes())
                .put("action", action).map(), null).asIndexable());
    }

    /** The persons question; shown again with the error when the answer was no number from 1 to 10. */
    void persons(Context ctx, Language language, Choice choice, String typed, int status) {
        PortalCatalogue.ServiceInfo info = catalogue.service(choice.serviceId());
        requireOnline(info);
        boolean error = typed != null;
        String errorText = texts.get(language, "error.INVALID_PERSONS");
        View.Values values = new View.Values()
                .put("backUrl", "/services/" + Html.encode(choice.serviceId()))
                .put("serviceName", Localized.name(language, info.service()))
                .put("action", "/services/" + Html.encode(choice.serviceId()) + "/days")
                .put("moveFields", choice.move() == null ? "" : Html.hiddenField("move", choice.move().code())
                        + Html.hiddenField("token", choice.move().token()))
                .put("persons", error ? typed : Integer.toString(choice.persons()))
                .put("errorSummary", error ? Forms.errorSummary(texts, language, List.of(new Forms.Problem("persons", errorText))) : "")
                .put("fieldClass", error ? "field field-error" : "field")
                .put("personsError", error ? Forms.errorMessage(texts, language, "persons", errorText) : "")
                .put("describedBy", error ? "persons-hint persons-error" : "persons-hint")
                .put("invalid", error ? " aria-invalid=\"true\"" : "");
        String title = texts.get(language, "persons.title");
        pages.show(ctx, language, status, View.of(error ? texts.get(language, "errors.prefix") + " " + title : title,
                "persons", values.map(), null));
    }

    static void requireOnline(PortalCatalogue.ServiceInfo info) {
        if (!info.service().onlineBookable()) {
            throw ApiException.conflict("NOT_BOOKABLE_ONLINE", "This service cannot be booked online.");
        }
    }

    private static String choice(String href, String name, String hint) {
        return "<li><a class=\"choice\" href=\"" + Html.escape(href) + "\"><span class=\"choice-name\">" + Html.escape(name)
                + "</span>" + (hint == null ? "" : "<span class=\"choice-hint\">" + Html.escape(hint) + "</span>") + "</a></li>\n";
    }
}
