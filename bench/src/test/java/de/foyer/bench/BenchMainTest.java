package de.foyer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness around the figures: the table, the JSON, and a loud non-zero exit when a run lost something. */
class BenchMainTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesEveryValueWithItsUnitAndNamesWhatWasNotMeasured() throws Exception {
        Path json = directory.resolve("figures.json");

        int exit = run(List.of("--smoke", "--out", json.toString()),
                figure("fast", () -> FigureResult.measured("", List.of(Measurement.below("p99", "answer, p99", 12.5, "ms", 50)), List.of())),
                figure("later", () -> FigureResult.notMeasured("the API does not exist yet")));

        assertThat(exit).isZero();
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertThat(figures.path("mode").asText()).isEqualTo("smoke");
        assertThat(figures.path("machine").path("cores").asInt()).isPositive();
        assertThat(figures.path("figures").path("fast.p99").path("value").asDouble()).isEqualTo(12.5);
        assertThat(figures.path("figures").path("fast.p99").path("unit").asText()).isEqualTo("ms");
        assertThat(figures.path("figures").path("fast.p99").path("met").asBoolean()).isTrue();
        assertThat(figures.path("figures").path("later").path("notMeasured").asText()).isEqualTo("the API does not exist yet");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("answer, p99", "target < 50 ms  met",
                "not measured: the API does not exist yet");
    }

    @Test
    void aLostTicketFailsTheRunLoudlyButTheOtherFiguresAreStillWritten() throws Exception {
        Path json = directory.resolve("figures.json");

        int exit = run(List.of("--smoke", "--out", json.toString()),
                figure("broken", () -> {
                    throw new BenchFailure("3 tickets are still waiting");
                }),
                figure("fine", () -> FigureResult.measured("", List.of(Measurement.of("n", "n", 1, "x")), List.of())));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("FAILED broken: 3 tickets are still waiting");
        JsonNode figures = new ObjectMapper().readTree(json.toFile()).path("figures");
        assertThat(figures.path("broken").path("failed").asText()).isEqualTo("3 tickets are still waiting");
        assertThat(figures.path("fine.n").path("value").asInt()).isEqualTo(1);
    }

    @Test
    void refusesUnknownOptionsAndFigures() {
        assertThat(run(List.of("--fast"))).isEqualTo(2);
        assertThat(run(List.of("--only", "nothing"))).isEqualTo(2);
        assertThat(run(List.of("--quick", "--smoke"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--fast'", "There is no figure 'nothing'",
                "Choose one of --quick, --smoke and --full.", "Usage: bench");
    }

    @Test
    void helpListsTheFiguresAndMeasuresNothing() {
        assertThat(run(List.of("--help"), figure("fast", () -> {
            throw new AssertionError("measured although only the usage was asked for");
        }))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: bench", "--only=FIGURE", "Figures: fast");
    }

    private int run(List<String> args, Figure... figures) {
        return BenchMain.run(args, List.of(figures), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private interface Measuring {
        FigureResult measure() throws Exception;
    }

    private static Figure figure(String key, Measuring measuring) {
        return new Figure() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String title() {
                return key;
            }

            @Override
            public FigureResult measure(BenchRun run) throws Exception {
                return measuring.measure();
            }
        };
    }
}
