package de.foyer.server.portal;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
    private final PortalPages pages;

    FormPage(Texts texts, PortalPages pages) {
        this.texts = texts;
        this.pages = pages;
    }

    void show(Context ctx, Language language, int status, State state) {
        Choice choice = state.choice();
        String heading = texts.get(language, state.taken() ? "taken.title" : "form.title");
        String title = state.problems().isEmpty() || state.taken() ? heading : texts.get(language, "errors.prefix") + " " + heading;
        String self = state.start() == null ? choice.daysUrl(state.day()) : choice.formUrl(state.start());
        pages.show(ctx, language, status, View.of("form", title, view(language, state)).withSelf(self).withBookingScript()
                .about(state.info().office()));
    }

    FormView view(Language language, State state) {
        Choice choice = state.choice();
        Typed typed = state.typed();
        List<Forms.Problem> problems = state.problems();
        List<Forms.Hidden> hidden = new ArrayList<>(choice.hiddenFields());
        hidden.add(new Forms.Hidden("date", state.day().toString()));
        if (state.start() != null) {
            hidden.add(new Forms.Hidden("start", state.start().toString()));
        }
        FormView.TimeChoice timeChoice = state.start() != null ? null : FormView.TimeChoice.of(state.alternatives(),
                Forms.errorOf(problems, "start"), choice.daysUrl(state.day()));
        List<Forms.TextField> fields = List.of(
                new Forms.TextField("name", "form.name", null, "text", "name", typed.name(), Forms.errorOf(problems, "name")),
                new Forms.TextField("email", "form.email", "form.email.hint", "email", "email", typed.email(),
                        Forms.errorOf(problems, "email")),
                new Forms.TextField("phone", "form.phone", "form.phone.hint", "tel", "tel", typed.phone(),
                        Forms.errorOf(problems, "phone")));
        return new FormView(state.start() == null ? choice.daysUrl(state.day()) : choice.timesUrl(state.start().toLocalDate()),
                state.taken(), problems, summary(language, state), state.movedFrom(), choice.formPath(), List.copyOf(hidden),
                timeChoice, fields, typed.consent(), Forms.errorOf(problems, "consent"));
    }

    private List<FormView.SummaryRow> summary(Language language, State state) {
        PortalCatalogue.ServiceInfo info = state.info();
        Choice choice = state.choice();
        String when = state.start() == null ? texts.date(language, state.day()) : texts.dateAndTime(language, state.start());
        return List.of(
                new FormView.SummaryRow("summary.service", Localized.name(language, info.service()), "/"),
                new FormView.SummaryRow("summary.persons", texts.persons(language, choice.persons()), choice.personsUrl()),
                new FormView.SummaryRow("summary.when", when, choice.daysUrl(state.day())),
                new FormView.SummaryRow("summary.place", info.office().name(), null));
    }
}
