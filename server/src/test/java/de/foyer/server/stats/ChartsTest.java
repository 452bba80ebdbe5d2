package de.foyer.server.stats;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartsTest {

    private static final double BASE = 260;
    private static final double PLOT_HEIGHT = 220;

    @Test
    void stackedColumnsScaleToARoundTopAboveTheLargestSum() {
        Chart.Columns chart = Charts.columns("c", "t", "d", List.of("1", "2"), List.of(
                new Charts.Series("booked", "#111", List.of(10.0, 5.0)),
                new Charts.Series("walk-in", "#222", List.of(4.0, 2.0))), true, "");

        // The largest day has 14 cases: steps of 5, top at 15.
        assertThat(chart.ticks()).extracting(Chart.Tick::label).containsExactly("0", "5", "10", "15");
        assertThat(chart.ticks().get(0).y()).isEqualTo(BASE);
        assertThat(chart.ticks().get(3).y()).isEqualTo(40.0);
        assertThat(chart.ticks().get(3).textY()).isEqualTo(44.0);
        assertThat(chart.tickX()).isEqualTo(chart.left() - 6);
        assertThat(chart.base()).isEqualTo(BASE);
        Chart.Bar first = chart.bars().get(0);
        Chart.Bar onTop = chart.bars().get(1);
        assertThat(first.height()).isEqualTo(Charts.tenth(10 / 15.0 * PLOT_HEIGHT));
        // Positions are rounded to a tenth each, so edges meet within that.
        assertThat(first.y() + first.height()).isCloseTo(BASE, within(0.11));
        assertThat(onTop.y() + onTop.height()).isCloseTo(first.y(), within(0.11));
        assertThat(onTop.x()).isEqualTo(first.x());
        assertThat(onTop.title()).isEqualTo("1: walk-in 4");
    }

    @Test
    void columnsSideBySideShareTheirSlotAndCarryTheUnit() {
        Chart.Columns chart = Charts.columns("c", "t", "d", List.of("mean", "median"), List.of(
                new Charts.Series("a", "#111", Arrays.asList(12.5, null)),
                new Charts.Series("b", "#222", List.of(3.0, 0.0))), false, "min");

        assertThat(chart.bars()).hasSize(2);
        Chart.Bar a = chart.bars().get(0);
        Chart.Bar b = chart.bars().get(1);
        assertThat(b.x()).isGreaterThan(a.x());
        assertThat(a.y() + a.height()).isCloseTo(b.y() + b.height(), within(0.11));
        assertThat(a.title()).isEqualTo("mean: a 12,5 min");
        assertThat(chart.ticks()).extracting(Chart.Tick::label).contains("0 min", "5 min");
        assertThat(chart.legend()).extracting(Chart.Key::name).containsExactly("a", "b");
        assertThat(chart.legend().get(1).x()).isGreaterThan(chart.legend().get(0).textX());
    }

    @Test
    void aMonthShowsOnlyEveryFewDaysLabel() {
        List<String> days = IntStream.rangeClosed(1, 31).mapToObj(Integer::toString).toList();
        Chart.Columns chart = Charts.columns("c", "t", "d", days,
                List.of(new Charts.Series("s", "#111", Collections.nCopies(31, 1.0))), true, "");

        assertThat(chart.labels()).hasSizeLessThanOrEqualTo(16);
        assertThat(chart.labels()).extracting(Chart.Label::text).startsWith("1", "3");
        assertThat(chart.bars()).hasSize(31);
    }

    @Test
    void nothingToShowStillDrawsAnAxisFromZeroToOne() {
        Chart.Columns chart = Charts.columns("c", "t", "d", List.of("a"),
                List.of(new Charts.Series("s", "#111", List.of(0.0))), false, "");

        assertThat(chart.bars()).isEmpty();
        assertThat(chart.ticks()).extracting(Chart.Tick::label).containsExactly("0", "1");
    }

    @Test
    void sharesFillTheirTrackAndAMissingShareIsADash() {
        Chart.Shares chart = Charts.shares("s", "t", "d", List.of("Montag", "Dienstag", "Mittwoch"),
                Arrays.asList(0.25, null, 1.5), "#333");

        assertThat(chart.canvas().height()).isEqualTo(24 + 3 * 30);
        Chart.ShareRow quarter = chart.rows().get(0);
        assertThat(quarter.bar().width()).isEqualTo(Charts.tenth(quarter.track().width() / 4));
        assertThat(quarter.value().text()).isEqualTo("25 %");
        assertThat(chart.rows().get(1).bar()).isNull();
        assertThat(chart.rows().get(1).value().text()).isEqualTo("–");
        assertThat(chart.rows().get(2).bar().width()).isEqualTo(chart.rows().get(2).track().width());
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Charts.niceStep(0)).isEqualTo(1);
        assertThat(Charts.niceStep(3.5)).isEqualTo(5);
        assertThat(Charts.niceStep(17)).isEqualTo(20);
        assertThat(Charts.niceStep(0.3)).isEqualTo(1);
        assertThat(Charts.number(2.25)).isEqualTo("2,3");
        assertThat(Charts.percent(0.6061)).isEqualTo("60,6 %");
    }
}
