package de.foyer.server.planning;

import de.foyer.server.Foyer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs scenarios over many seeded days: day n of every scenario is drawn from seed n, so scenarios compare like with like. */
public final class DayStudy {

    private final CitizenGenerator generator;
    private final BookingPlanner planner = new BookingPlanner();
    private final DaySimulation simulation;
    private final KeptAppointments keeping;

    public DayStudy(Catalogue catalogue, OfficeLayout layout, Duration ageing) {
        this(catalogue, ServiceMix.demo(catalogue), Habits.demo(), layout, ageing);
    }

    public DayStudy(Catalogue catalogue, ServiceMix mix, Habits habits, OfficeLayout layout, Duration ageing) {
        this.generator = new CitizenGenerator(mix, habits);
        this.simulation = new DaySimulation(catalogue, layout, ageing);
        this.keeping = new KeptAppointments(generator);
    }

    /** The demo office with the server's default rules (its ageing of walk-ins). */
    public static DayStudy ofDemoOffice() {
        return new DayStudy(Catalogue.demo(), OfficeLayout.demo(), Foyer.Settings.defaults(0).ageing());
    }

    public ScenarioStats run(Scenario scenario, int days) {
        ScenarioStats stats = new ScenarioStats(scenario);
        for (long seed = 1; seed <= days; seed++) {
            List<Citizen> citizens = generator.day(scenario, seed);
            BookingPlanner.Book book = planner.book(scenario, citizens);
            Map<Integer, Integer> booked = book.appointments();
            KeptAppointments.Day kept = keeping.keep(scenario, citizens, book, seed);
            DayOutcome day = simulation.run(scenario, kept.citizens(), kept.appointments(), kept.released());
            DayOutcome everyoneCame = simulation.run(scenario, citizens.stream().map(Citizen::showingUp).toList(), booked);
            int wantedToBook = (int) citizens.stream().filter(Citizen::wantsBooking).count();
            stats.add(day, everyoneCame, wantedToBook, booked.size(), kept);
        }
        return stats;
    }

    /** One day as it went. */
    public DayOutcome day(Scenario scenario, long seed) {
        List<Citizen> citizens = generator.day(scenario, seed);
        KeptAppointments.Day kept = keeping.keep(scenario, citizens, planner.book(scenario, citizens), seed);
        return simulation.run(scenario, kept.citizens(), kept.appointments(), kept.released());
    }
}
