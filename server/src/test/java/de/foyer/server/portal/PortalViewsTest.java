package de.foyer.server.portal;

import de.foyer.server.booking.BookingStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the view records decide before a template shows it. */
class PortalViewsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Choice CHOICE = new Choice("pass", 2, null);
    private final Texts texts = new Texts();

    @Test
    void theCalendarLinksOnlyFreeDaysAndSaysEachDaysState() {
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(LocalDate.of(2026, 11, 23), TUESDAY, TUESDAY.plusDays(20),
                Map.of(TUESDAY, 3, TUESDAY.plusDays(1), 0, TUESDAY.plusDays(2), 1));
        DaysView view = DaysView.of(calendar, CHOICE, "/back", "Pass · 2");

        List<DaysView.Day> week = view.weeks().get(0);
        assertThat(week).extracting(DaysView.Day::cssClass).containsExactly(
                "day past", "day free", "day full", "day free", "day closed", "day closed", "day closed");
        assertThat(week).extracting(DaysView.Day::stateKey).containsExactly(
                "days.past", "days.freeMany", "days.full", "days.freeOne", "days.closed", "days.closed", "days.closed");
        assertThat(week.get(1).timesUrl()).isEqualTo("/services/pass/times?persons=2&date=2026-11-24");
        assertThat(week).filteredOn(day -> day.timesUrl() != null).hasSize(2);
        assertThat(view.weeks().get(3).get(6).stateKey()).as("beyond the horizon").isEqualTo("days.later");
        assertThat(view.anyFree()).isTrue();
        assertThat(view.earlierUrl()).isNull();
        assertThat(view.laterUrl()).as("nothing to book after the horizon").isNull();
        assertThat(view.weekdays()).hasSize(7);
    }

    @Test
    void theMonthIsWrittenOnTheFirstDayShownAndOnTheFirstOfAMonth() {
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(LocalDate.of(2026, 11, 23), TUESDAY, TUESDAY.plusDays(60), Map.of());
        DaysView view = DaysView.of(calendar, CHOICE, "/", "");

        assertThat(view.weeks().stream().flatMap(List::stream).filter(DaysView.Day::monthShown).map(DaysView.Day::date))
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 1));
        assertThat(view.anyFree()).isFalse();
        assertThat(view.laterUrl()).isEqualTo("/services/pass/days?persons=2&from=2026-12-21");
    }

    @Test
    void aMovedBookingsCalendarKeepsItsCodeAndTokenInEveryAddress() {
        Choice moving = new Choice("pass", 1, new Choice.Move("ABC", "t&k"));
        CalendarWeeks.Calendar calendar = CalendarWeeks.of(LocalDate.of(2026, 12, 21), TUESDAY, TUESDAY.plusDays(60), Map.of(
                LocalDate.of(2026, 12, 22), 4));
        DaysView view = DaysView.of(calendar, moving, "/", "");

        assertThat(view.moving()).isTrue();
        assertThat(view.earlierUrl()).isEqualTo("/services/pass/days?persons=1&move=ABC&token=t%26k&from=2026-11-23");
        assertThat(view.weeks().get(0).get(1).timesUrl()).isEqualTo("/services/pass/times?persons=1&move=ABC&token=t%26k&date=2026-12-22");
    }

    @Test
    void timesAreSplitAtNoonAndAHalfDayWithoutTimesHasNoGroup() {
        List<TimesView.Group> groups = TimesView.groups(List.of(LocalDateTime.of(2026, 11, 24, 8, 0),
                LocalDateTime.of(2026, 11, 24, 11, 45), LocalDateTime.of(2026, 11, 24, 12, 0)), CHOICE);

        assertThat(groups).extracting(TimesView.Group::headingKey).containsExactly("times.morning", "times.afternoon");
        assertThat(groups.get(0).times()).extracting(TimesView.Time::time).containsExactly(LocalTime.of(8, 0), LocalTime.of(11, 45));
        assertThat(groups.get(1).times().get(0).formUrl()).isEqualTo("/services/pass/booking?persons=2&start=2026-11-24T12%3A00");
        assertThat(TimesView.groups(List.of(LocalDateTime.of(2026, 11, 24, 15, 0)), CHOICE))
                .extracting(TimesView.Group::headingKey).containsExactly("times.afternoon");
        assertThat(new TimesView("/", "", TUESDAY, false, TimesView.groups(List.of(), CHOICE), "/", null, null).none()).isTrue();
    }

    @Test
    void theFirstTimeOfferedIsTheOneTheErrorSummaryLinksTo() {
        LocalDateTime nine = LocalDateTime.of(2026, 11, 24, 9, 0);
        FormView.TimeChoice choice = FormView.TimeChoice.of(List.of(nine, nine.plusMinutes(15), nine.plusMinutes(30)), null, "/");

        assertThat(choice.alternatives()).extracting(FormView.Alternative::id).containsExactly("start", "start-1", "start-2");
    }

    @Test
    void aFieldIsDescribedByItsHintAndItsError() {
        assertThat(new Forms.TextField("email", "form.email", "form.email.hint", "email", "email", "", "bad").describedBy())
                .isEqualTo("email-hint email-error");
        assertThat(new Forms.TextField("email", "form.email", "form.email.hint", "email", "email", "", null).describedBy())
                .isEqualTo("email-hint");
        assertThat(new Forms.TextField("name", "form.name", null, "text", "name", "", "bad").describedBy()).isEqualTo("name-error");
        assertThat(new Forms.TextField("name", "form.name", null, "text", "name", "", null).describedBy()).isNull();
        assertThat(Forms.errorOf(List.of(new Forms.Problem(null, "all"), new Forms.Problem("name", "x")), "name")).isEqualTo("x");
    }

    @Test
    void afterSlotTakenThePageExplainsItselfWithoutAnErrorSummary() {
        List<Forms.Problem> problems = List.of(new Forms.Problem("start", "choose"));
        FormView taken = new FormView("/", true, problems, List.of(), null, "/", List.of(), null, List.of(), false, null);
        FormView wrong = new FormView("/", false, problems, List.of(), null, "/", List.of(), null, List.of(), false, null);

        assertThat(taken.headingKey()).isEqualTo("taken.title");
        assertThat(taken.summaryProblems()).isEmpty();
        assertThat(wrong.headingKey()).isEqualTo("form.title");
        assertThat(wrong.summaryProblems()).isEqualTo(problems);
    }

    @Test
    void aBookingsHeadingGreetsOnlyWhatJustHappened() {
        assertThat(BookingView.headingKey(false, true, "booked")).isEqualTo("booking.booked.title");
        assertThat(BookingView.headingKey(false, true, "moved")).isEqualTo("booking.moved.title");
        assertThat(BookingView.headingKey(false, true, "kept")).isEqualTo("booking.moved.title");
        assertThat(BookingView.headingKey(false, true, null)).isEqualTo("booking.title");
        assertThat(BookingView.headingKey(false, false, "booked")).as("its time has passed").isEqualTo("booking.title");
        assertThat(BookingView.headingKey(true, false, "cancelled")).isEqualTo("booking.cancelled.title");
        assertThat(BookingPages.statusKey(BookingStatus.BOOKED)).isEqualTo("booking.status.PAST");
        assertThat(BookingPages.statusKey(BookingStatus.NO_SHOW)).isEqualTo("booking.status.NO_SHOW");
    }

    @Test
    void theOtherViewsDecideLittleButDecideIt() {
        assertThat(new PersonsView("/", "", "/", List.of(), "x", "wrong").problems())
                .containsExactly(new Forms.Problem("persons", "wrong"));
        assertThat(new PersonsView("/", "", "/", List.of(), "1", null).problems()).isEmpty();
        assertThat(new StartView(List.of(new StartView.Office("A", "", List.of()))).namesShown()).isFalse();
        assertThat(new StartView(List.of(new StartView.Office("A", "", List.of()), new StartView.Office("B", "", List.of()))).namesShown()).isTrue();
        assertThat(new Choice("pass", 1, new Choice.Move("C", "T")).moveFields())
                .containsExactly(new Forms.Hidden("move", "C"), new Forms.Hidden("token", "T"));
        assertThat(CHOICE.moveFields()).isEmpty();
    }

    @Test
    void everyTextKeyAViewCanHandOverExistsInBothLanguages() {
        List<String> keys = new ArrayList<>(List.of("taken.title", "form.title", "times.morning", "times.afternoon",
                "booking.title", "booking.booked.title", "booking.moved.title", "booking.cancelled.title",
                "summary.service", "summary.persons", "summary.when", "summary.place", "summary.name", "summary.code",
                "form.name", "form.email", "form.email.hint", "form.phone", "form.phone.hint", "days.freeOne", "days.freeMany"));
        for (CalendarWeeks.State state : CalendarWeeks.State.values()) {
            keys.add(new DaysView.Day(TUESDAY, state.name().toLowerCase(), 2, null, false).stateKey());
        }
        for (BookingStatus status : BookingStatus.values()) {
            keys.add(BookingPages.statusKey(status));
        }
        for (Language language : Language.values()) {
            keys.forEach(key -> assertThat(texts.has(language, key)).as(language + " " + key).isTrue());
        }
    }
}
