package de.foyer.server.booking;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The public holidays of all German states. Regional ones (Epiphany, Corpus Christi, Reformation
 * Day …) differ by state: an office enters them as closures.
 */
public final class PublicHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private PublicHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        if (FIXED.contains(MonthDay.from(date))) {
            return true;
        }
        LocalDate easter = easterSunday(date.getYear());
        long fromEaster = date.toEpochDay() - easter.toEpochDay();
        // Good Friday, Easter Monday, Ascension Day, Whit Monday.
        return fromEaster == -2 || fromEaster == 1 || fromEaster == 39 || fromEaster == 50;
    }

    /** The Gregorian computus (anonymous algorithm, as Meeus gives it). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
