package de.foyer.server.catalogue;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Germany's public holidays, nationwide and by state (Corpus Christi, All Saints' Day, Reformation
 * Day … are holidays in some states only). The dates come from jollyday's calendar of Germany rather
 * than from a list of our own: the states change them now and then (Berlin's Women's Day since
 * 2019, Thuringia's Children's Day since 2019), and jollyday follows. Jollyday keeps the parsed
 * calendar itself, so asking is cheap after the first time.
 */
public final class PublicHolidays {

    private final HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

    /** True on a public holiday of the state; without a state, on the nationwide ones only. */
    public boolean isHoliday(LocalDate date, GermanState state) {
        return state == null
                ? germany.isHoliday(date, HolidayType.PUBLIC_HOLIDAY)
                : germany.isHoliday(date, HolidayType.PUBLIC_HOLIDAY, state.holidayRegion());
    }

    /** The holiday's German and English names ("Fronleichnam / Corpus Christi"), when the day is one. */
    public Optional<String> nameOf(LocalDate date, GermanState state) {
        String[] region = state == null ? new String[0] : new String[] {state.holidayRegion()};
        return germany.getHolidays(date, date, HolidayType.PUBLIC_HOLIDAY, region).stream().findFirst()
                .map(holiday -> bilingual(holiday.getDescription(Locale.GERMAN), holiday.getDescription(Locale.ENGLISH)));
    }

    private static String bilingual(String german, String english) {
        return german.equals(english) ? german : german + " / " + english;
    }
}
