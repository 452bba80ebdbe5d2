package de.foyer.bench;

import de.foyer.bench.booking.AvailabilityFigure;
import de.foyer.bench.booking.BookingRushFigure;
import de.foyer.bench.calls.CallsPerSecondFigure;
import de.foyer.bench.checkin.ScanToPrintFigure;
import de.foyer.bench.day.DayFigure;
import de.foyer.bench.screens.CallToScreenFigure;
import de.foyer.bench.screens.ManyScreensFigure;
import de.foyer.bench.startup.StartUpFigure;

import java.util.List;

/** The figures in the order of the table. */
public final class Figures {

    private Figures() {
    }

    public static List<Figure> all() {
        return List.of(new CallToScreenFigure(), new CallsPerSecondFigure(), new BookingRushFigure(), new AvailabilityFigure(),
                new ScanToPrintFigure(), new ManyScreensFigure(), new StartUpFigure(), new DayFigure());
    }
}
