package de.foyer.server.planning;

import de.foyer.server.booking.BookingRules;
import de.foyer.server.booking.StoredBookingRules;
import de.foyer.server.catalogue.Office;
import de.foyer.server.catalogue.OpeningHours;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "What if 4 clerks on Saturday?": the office's own counters, services and history of one weekday
 * turned into a {@link Scenario}, and the day simulation run over it. Every answer is over the
 * same seeded days, so the same question gives the same answer and two questions compare like
 * with like; with the demo office's inputs it gives the bench's figures.
 */
public final class CapacityPlanning {

    /** Simulated days per answer: enough for steady percentiles, little enough for an answer in well under a second. */
    public static final int DAYS = 100;
    /** The history looked at: the last four weeks before today. */
    static final int HISTORY_DAYS = 28;
    /** Fewer past days of a weekday than this, and the planning starts from the demo office's figures. */
    static final int LEAST_PAST_DAYS = 2;
    /** The demo office's figures, for an office without history: cases per opening hour, booked share, no-shows. */
    private static final double CASES_PER_HOUR = Scenario.base().cases() / (Scenario.base().openSeconds() / 3600.0);
    /** How long the usual office's case takes, in minutes: what its cases per hour were counted with. */
    private static final double USUAL_CASE_MINUTES = ServiceMix.demo(Catalogue.demo()).meanMinutes();
    private static final int SATURDAY = 6;
    /** Fewer served cases of a service than this, and its pace is the office's over all services. */
    static final int LEAST_CASES_FOR_A_PACE = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration ageing;

    public CapacityPlanning(Jdbi jdbi, Clock clock, Duration ageing) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ageing = ageing;
    }

    /** What the page asks: the weekday, the day's demand and the office's choices. Shares in whole per cent. */
    public record Question(int weekday, int cases, int bookedPercent, int noShowPercent, int clerks, int quotaPercent, Keeping keeping,
                           int overbookingPercent) {
    }

    /** Booking beyond capacity is capped: more, and the booked wait at the counter instead of the clerks. */
    public static final int MOST_OVERBOOKING_PERCENT = 25;

    /**
     * Where the office stands on a weekday: its hours, its counters, the days of history looked at,
     * and the question its history asks (the clerks: the counters that called on such days; quota, confirmation and overbooking:
     * its booking rules). Without
     * history, the figures of a usual office: the bench's Monday per opening hour, on a Saturday its
     * Saturday's shares and three clerks, otherwise the clerks the booking rules plan for.
     */
    public record Basis(int weekday, LocalTime opens, LocalTime closes, int counters, int pastDays, Question asIs,
                        LocalDate historyFrom, LocalDate historyTo) {

        public boolean fromHistory() {
            return pastDays >= LEAST_PAST_DAYS;
        }
    }

    /** Whether there is anything to plan: services offered and counters to serve them. */
    public boolean hasServicesAndCounters(String officeId) {
        return jdbi.withHandle(handle -> {
            de.foyer.server.catalogue.Catalogue stored = de.foyer.server.catalogue.Catalogue.on(handle);
            return !stored.services(officeId).isEmpty() && !stored.counters(officeId).isEmpty();
        });
    }

    /** The weekdays (1 = Monday) the office opens, in order. */
    public List<Integer> openWeekdays(String officeId) {
        return jdbi.withHandle(handle -> hours(handle, officeId).keySet().stream().sorted().toList());
    }

    /** The office's basis for the weekday, or empty when it does not open that day. */
    public Optional<Basis> basis(String officeId, int weekday) {
        return jdbi.inTransaction(handle -> {
            LocalTime[] hours = hours(handle, officeId).get(weekday);
            if (hours == null) {
                return Optional.empty();
            }
            ZoneId zone = office(handle, officeId).zone();
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            LocalDate from = today.minusDays(HISTORY_DAYS);
            LocalDate to = today.minusDays(1);
            PlanningDao dao = new PlanningDao(handle);
            List<PlanningDao.PastDay> past = dao.days(officeId, weekday, from, to).stream().filter(day -> day.walkIns() + day.booked() > 0).toList();
            BookingRules rules = StoredBookingRules.on(handle).of(officeId);
            int counters = de.foyer.server.catalogue.Catalogue.on(handle).counters(officeId).size();
            Question asIs;
            if (past.size() >= LEAST_PAST_DAYS) {
                int walkIns = past.stream().mapToInt(PlanningDao.PastDay::walkIns).sum();
                int booked = past.stream().mapToInt(PlanningDao.PastDay::booked).sum();
                int noShows = past.stream().mapToInt(PlanningDao.PastDay::noShows).sum();
                int atWork = dao.countersAtWork(officeId, weekday, from, to);
                int noShowPercent = percent(noShows, booked);
                asIs = new Question(weekday, (int) Math.round((walkIns + booked) / (double) past.size()),
                        percent(booked, walkIns + booked), noShowPercent, clerks(atWork > 0 ? atWork : rules.staffedCounters(), counters),
                        rules.onlineQuotaPercent(), keeping(rules), overbooking(rules, weekday, noShowPercent));
            } else {
                double openHours = Duration.between(hours[0], hours[1]).toMinutes() / 60.0;
                Scenario like = weekday == SATURDAY ? Scenario.saturday() : Scenario.base();
                int usualClerks = weekday == SATURDAY ? like.presentClerks() : rules.staffedCounters();
                int clerks = clerks(usualClerks, counters);
                int noShowPercent = (int) Math.round(like.noShowRate() * 100);
                // The usual office's load, scaled to this one's clerks and case lengths: a youth office with one
                // counter and half-hour cases is asked about as busy a day, not about the citizens' office's crowd.
                double caseMinutes = ServiceMix.demo(catalogue(de.foyer.server.catalogue.Catalogue.on(handle), officeId)).meanMinutes();
                double scale = clerks / (double) like.presentClerks() * USUAL_CASE_MINUTES / caseMinutes;
                asIs = new Question(weekday, Math.max(1, (int) Math.round(CASES_PER_HOUR * openHours * scale)),
                        (int) Math.round(like.bookedShare() * 100), noShowPercent, clerks, rules.onlineQuotaPercent(), keeping(rules),
                        overbooking(rules, weekday, noShowPercent));
            }
            return Optional.of(new Basis(weekday, hours[0], hours[1], counters, past.size(), asIs, from, to));
        });
    }

    /** The office as it is and as the question asks, each over the same simulated days. */
    public record Answer(ScenarioStats asIs, ScenarioStats asked) {
    }

    /**
     * The question's simulated days at this office beside the office as it is; its counters,
     * service mix and habits (its own, where it has history) read once for both.
     */
    public Answer answer(String officeId, Basis basis, Question question) {
        DayStudy study = study(officeId, basis);
        return new Answer(study.run(scenario(basis, basis.asIs()), DAYS), study.run(scenario(basis, question), DAYS));
    }

    /** The question as a day the simulation runs. */
    public static Scenario scenario(Basis basis, Question question) {
        return new Scenario("planning", "planning", basis.opens(), basis.closes(), question.cases(), question.bookedPercent() / 100.0,
                question.noShowPercent() / 100.0, question.clerks(), question.clerks(), question.quotaPercent(), question.keeping(),
                question.overbookingPercent());
    }

    private DayStudy study(String officeId, Basis basis) {
        return jdbi.inTransaction(handle -> {
            de.foyer.server.catalogue.Catalogue stored = de.foyer.server.catalogue.Catalogue.on(handle);
            Catalogue catalogue = catalogue(stored, officeId);
            Map<String, Set<String>> served = stored.servicesByCounter(officeId);
            Map<String, Set<String>> byCounter = new LinkedHashMap<>();
            stored.counters(officeId).forEach(counter -> byCounter.put(counter.id(), served.getOrDefault(counter.id(), Set.of())));
            ServiceMix mix = ServiceMix.demo(catalogue);
            Habits habits = Habits.demo();
            if (basis.fromHistory()) {
                mix = ServiceMix.observed(catalogue, new PlanningDao(handle).casesByService(officeId, basis.weekday(),
                        basis.historyFrom(), basis.historyTo()));
                habits = habits(handle, officeId, basis);
            }
            return new DayStudy(catalogue, mix, habits, OfficeLayout.of(byCounter), ageing);
        });
    }

    /** The office's services as the simulation draws them. */
    private static Catalogue catalogue(de.foyer.server.catalogue.Catalogue stored, String officeId) {
        return new Catalogue(stored.services(officeId).stream()
                .map(service -> new Catalogue.Service(service.id(), service.categoryId(), service.durationMinutes(), service.onlineBookable()))
                .toList());
    }

    /**
     * The office's own habits on the weekday: arrivals per hour after opening, and each service's
     * pace where it has at least {@link #LEAST_CASES_FOR_A_PACE} served cases (the others at the
     * pace of all its cases).
     */
    Habits habits(Handle handle, String officeId, Basis basis) {
        PlanningDao dao = new PlanningDao(handle);
        int hours = (int) Math.ceil(Duration.between(basis.opens(), basis.closes()).toMinutes() / 60.0);
        double[][] arrivals = dao.arrivalsByHour(officeId, basis.weekday(), basis.historyFrom(), basis.historyTo(), basis.opens(),
                office(handle, officeId).timeZone(), hours);
        List<PlanningDao.Pace> paces = dao.paces(officeId, basis.weekday(), basis.historyFrom(), basis.historyTo());
        int cases = paces.stream().mapToInt(PlanningDao.Pace::cases).sum();
        double overall = cases == 0 ? Habits.demo().defaultPace()
                : paces.stream().mapToDouble(pace -> pace.pace() * pace.cases()).sum() / cases;
        Map<String, Double> byService = new LinkedHashMap<>();
        paces.stream().filter(pace -> pace.cases() >= LEAST_CASES_FOR_A_PACE).forEach(pace -> byService.put(pace.serviceId(), pace.pace()));
        return new Habits(arrivals[0], arrivals[1], byService, overall);
    }

    /** Habits as the page's question is answered with them, for tests. */
    Habits habits(String officeId, int weekday) {
        return jdbi.inTransaction(handle -> habits(handle, officeId, basis(officeId, weekday).orElseThrow()));
    }

    /** Each weekday's opening: from its first opening to its last closing (a lunch break counts as open). */
    private static Map<Integer, LocalTime[]> hours(Handle handle, String officeId) {
        Map<Integer, LocalTime[]> days = new LinkedHashMap<>();
        for (OpeningHours period : de.foyer.server.catalogue.Catalogue.on(handle).openingHours(officeId)) {
            days.merge(period.weekday(), new LocalTime[]{period.opens(), period.closes()}, (a, b) -> new LocalTime[]{
                    a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        return days;
    }

    private static Office office(Handle handle, String officeId) {
        return de.foyer.server.catalogue.Catalogue.on(handle).office(officeId)
                .orElseThrow(() -> new IllegalStateException("no office " + officeId));
    }

    /** The office's own keeping: asking for confirmation releases times, which its waiting list is offered first. */
    private static Keeping keeping(BookingRules rules) {
        return rules.asksForAttendance() ? Keeping.CONFIRMATION_AND_WAITING_LIST : Keeping.NONE;
    }

    /** The office's own overbooking of the weekday: by its no-shows, at most its limit (the portal measures eight weeks, this four). */
    private static int overbooking(BookingRules rules, int weekday, int noShowPercent) {
        return rules.overbooks(java.time.DayOfWeek.of(weekday)) ? Math.min(rules.overbookingPercent(), noShowPercent) : 0;
    }

    /** At least one clerk, and no more than there are counters. */
    private static int clerks(int wanted, int counters) {
        return Math.max(1, Math.min(wanted, Math.max(1, counters)));
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
