package de.foyer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness end to end in its smallest size, on the real server and PostgreSQL: every figure that
 * runs inside this JVM measures something and the run checks out. The figures that start JVMs of
 * their own (many screens, start-up) are left to ./foyer bench.
 */
class BenchSmokeTest {

    @TempDir
    Path directory;

    @Test
    void aTinyRunMeasuresEveryFigureAndLosesNothing() throws Exception {
        Path json = directory.resolve("smoke.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = BenchMain.run(List.of("--smoke", "--out", json.toString(), "--only",
                        "call_to_screen,calls_per_second,booking_rush,availability,scan_to_print,day"), Figures.all(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        JsonNode figures = report.path("figures");
        assertThat(report.path("machine").path("sortMillis").asDouble()).isPositive();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("a million numbers sorted in");
        assertThat(figures.path("call_to_screen.p99").path("value").asDouble()).isPositive();
        assertThat(figures.path("call_to_screen.notify_p50").path("value").asDouble()).isPositive();
        assertThat(figures.path("calls_per_second.throughput").path("value").asDouble()).isPositive();
        assertThat(figures.path("calls_per_second.tickets").path("value").asInt()).isEqualTo(Mode.SMOKE.tickets);
        assertThat(figures.path("booking_rush.bookings").path("value").asInt()).isPositive();
        assertThat(figures.path("availability.calendar_p99").path("value").asDouble()).isPositive();
        assertThat(figures.path("day.base.walk_in_wait_mean").path("value").isNumber()).isTrue();
        assertThat(figures.path("scan_to_print.p50").path("value").isNumber() || figures.has("scan_to_print")).isTrue();
        assertThat(Files.readString(directory.resolve("smoke.svg"))).startsWith("<svg");
    }
}
