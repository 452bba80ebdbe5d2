package de.foyer.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SamplesTest {

    @Test
    void percentilesByNearestRank() {
        Samples samples = new Samples();
        for (int value = 100; value >= 1; value--) {
            samples.add(value);
        }

        assertThat(samples.median()).isEqualTo(50);
        assertThat(samples.percentile(99)).isEqualTo(99);
        assertThat(samples.percentile(90)).isEqualTo(90);
        assertThat(samples.max()).isEqualTo(100);
        assertThat(samples.mean()).isEqualTo(50.5);
    }

    @Test
    void nothingMeasuredIsNotANumber() {
        assertThat(new Samples().percentile(99)).isNaN();
        assertThat(Format.number(Double.NaN)).isEqualTo("–");
        assertThat(Format.number(1234.5)).isEqualTo("1,235");
        assertThat(Format.number(12.345)).isEqualTo("12.3");
    }
}
