package de.foyer.server.portal;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The booking form: what was chosen, the citizen's details, the consent, and the button whose
 * press first lets the browser solve the proof of work. Shown again with every problem and all that
 * was typed; after SLOT_TAKEN it offers the times still free that day in place of the lost one.
 */
final class FormPage {

    /** What the citizen typed (or, when moving a booking, what the old one holds). */
    record Typed(String name, String email, String phone, boolean consent) {

        static final Typed EMPTY = new Typed("", "", "", false);

        static Typed from(Context ctx) {
            return new Typed(ctx.formParam("name"), ctx.formParam("email"), ctx.formParam("phone"),
                    "yes".equals(ctx.formParam("consent")));
        }
    }

    /**
     * @param day          the day of the appointment, always known
     * @param start        the chosen time, or null when the citizen must choose one of the alternatives
     * @param alternatives the times offered instead (SLOT_TAKEN, or no time chosen); empty otherwise
     * @param movedFrom    the time of the booking being moved, or null
     */
    record State(PortalCatalogue.ServiceInfo info, Choice choice, LocalDate day, LocalDateTime start,
                 List<LocalDateTime> alternatives, boolean taken, Typed typed, List<Forms.Problem> problems,
                 LocalDateTime movedFrom) {
    }

    private final Texts texts;
    private final Pages pages;

    FormPage(Texts texts, Pages pages) {
        this.texts = texts;
        this.pages = pages;
    }

    void show(Context ctx, Language language, int status, State state) {
        Choice choice = state.choice();
        String heading = texts.get(language, state.taken() ? "taken.title" : "form.title");
        String title = state.problems().isEmpty() || state.taken() ? heading : texts.get(language, "errors.prefix") + " " + heading;
        String self = state.start() == null ? choice.daysUrl(state.day()) : choice.formUrl(state.start());
        Typed typed = state.typed();
        View.Values values = new View.Values()
                .put("backUrl", state.start() == null ? choice.daysUrl(state.day()) : choice.timesUrl(state.start().toLocalDate()))
                .put("errorSummary", state.taken() ? "" : Forms.errorSummary(texts, language, state.problems()))
                .put("heading", heading)
                .put("intro", state.taken() ? "<p class=\"notice\">" + Html.escape(texts.get(language, "taken.text")) + "</p>"
                        : "<p class=\"lead\">" + Html.escape(texts.get(language, "form.lead")) + "</p>")
                .put("summary", summary(language, state))
                .put("moveNotice", state.movedFrom() == null ? "" : "<p class=\"inset\">" + Html.escape(texts.get(language,
                        "move.form", "from", texts.dateAndTime(language, state.movedFrom()))) + "</p>\n")
                .put("action", choice.formPath())
                .put("hidden", choice.hiddenFields() + Html.hiddenField("date", state.day().toString())
                        + (state.start() == null ? "" : Html.hiddenField("start", state.start().toString())))
                .put("timeChoice", state.start() == null ? timeChoice(language, state) : "")
                .put("fields", Forms.textField(texts, language, new Forms.Field("name", texts.get(language, "form.name"), null,
                                "text", "name"), typed.name(), state.problems())
                        + Forms.textField(texts, language, new Forms.Field("email", texts.get(language, "form.email"),
                                texts.get(language, "form.email.hint"), "email", "email"), typed.email(), state.problems())
                        + Forms.textField(texts, language, new Forms.Field("phone", texts.get(language, "form.phone"),
                                texts.get(language, "form.phone.hint"), "tel", "tel"), typed.phone(), state.problems()))
                .put("consent", consent(language, state));
        View view = View.of(title, "form", values.map(), self).withBookingScript();
        pages.show(ctx, language, status, view);
    }

    private String summary(Language language, State state) {
        PortalCatalogue.ServiceInfo info = state.info();
        Choice choice = state.choice();
        String when = state.start() == null ? texts.date(language, state.day()) : texts.dateAndTime(language, state.start());
        return row(language, "summary.service", Localized.name(language, info.service()), "/")
                + row(language, "summary.persons", texts.persons(language, choice.persons()), choice.personsUrl())
                + row(language, "summary.when", when, choice.daysUrl(state.day()))
                + row(language, "summary.place", info.office().name(), null);
    }

    private String row(Language language, String key, String value, String changeUrl) {
        String label = texts.get(language, key);
        return "<div class=\"summary-row\"><dt>" + Html.escape(label) + "</dt><dd>" + Html.escape(value) + "</dd>"
                + (changeUrl == null ? "<dd class=\"summary-action\"></dd>" : "<dd class=\"summary-action\"><a href=\""
                + Html.escape(changeUrl) + "\">" + Html.escape(texts.get(language, "common.change"))
                + Html.hidden(" " + label) + "</a></dd>") + "</div>\n";
    }

    /** The times still free that day as radio buttons; the first is "start", so the error summary can link to it. */
    private String timeChoice(Language language, State state) {
        Forms.Problem problem = state.problems().stream().filter(found -> "start".equals(found.field())).findFirst().orElse(null);
        if (state.alternatives().isEmpty()) {
            return "<p class=\"inset\">" + Html.escape(texts.get(language, "taken.none")) + " "
                    + Html.link(state.choice().daysUrl(state.day()), texts.get(language, "taken.otherDay")) + "</p>\n";
        }
        StringBuilder html = new StringBuilder("<div class=\"field").append(problem == null ? "" : " field-error")
                .append("\">\n<fieldset class=\"fieldset\"").append(problem == null ? "" : " aria-describedby=\"start-error\"")
                .append(">\n<legend class=\"legend\">").append(Html.escape(texts.get(language, "taken.choose"))).append("</legend>\n");
        if (problem != null) {
            html.append(Forms.errorMessage(texts, language, "start", problem.text()));
        }
        html.append("<div class=\"radios\">\n");
        int index = 0;
        for (LocalDateTime start : state.alternatives()) {
            String id = index == 0 ? "start" : "start-" + index;
            html.append("<div class=\"radio\"><input id=\"").append(id).append("\" name=\"start\" type=\"radio\" value=\"")
                    .append(Html.escape(start.toString())).append("\"><label for=\"").append(id).append("\">")
                    .append(Html.escape(texts.time(language, start.toLocalTime()))).append("</label></div>\n");
            index++;
        }
        return html.append("</div>\n</fieldset>\n<p>").append(Html.link(state.choice().daysUrl(state.day()),
                texts.get(language, "taken.otherDay"))).append("</p>\n</div>\n").toString();
    }

    private String consent(Language language, State state) {
        Forms.Problem problem = state.problems().stream().filter(found -> "consent".equals(found.field())).findFirst().orElse(null);
        return "<div class=\"field" + (problem == null ? "" : " field-error") + "\">\n"
                + (problem == null ? "" : Forms.errorMessage(texts, language, "consent", problem.text()))
                + "<div class=\"checkbox\"><input id=\"consent\" name=\"consent\" type=\"checkbox\" value=\"yes\""
                + (state.typed().consent() ? " checked" : "")
                + (problem == null ? "" : " aria-describedby=\"consent-error\" aria-invalid=\"true\"") + ">"
                + "<label for=\"consent\">" + Html.escape(texts.get(language, "form.consent")) + "</label></div>\n"
                + "<p class=\"hint consent-link\"><a href=\"/datenschutz\" target=\"_blank\" rel=\"noopener\">"
                + Html.escape(texts.get(language, "form.consent.link")) + "</a></p>\n</div>\n";
    }
}
