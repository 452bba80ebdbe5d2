package de.foyer.bench.startup;

import de.foyer.bench.BenchRun;
import de.foyer.bench.Figure;
import de.foyer.bench.FigureResult;
import de.foyer.bench.Measurement;
import de.foyer.bench.Samples;
import de.foyer.bench.server.ChildServer;
import de.foyer.bench.server.OfficeClock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Figure 7: the server, started as in production on a database that already exists, until
 * /health answers (the median of several starts); and the kiosk and the call screen until their
 * first frame, where their jars are built.
 */
public final class StartUpFigure implements Figure {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration CLIENT_PATIENCE = Duration.ofSeconds(15);

    @Override
    public String key() {
        return "start_up";
    }

    @Override
    public String title() {
        return "Start-up";
    }

    @Override
    public FigureResult measure(BenchRun run) throws Exception {
        Path data = run.scratch(key());
        Path log = run.logFile(key());
        String secret = UUID.randomUUID().toString().substring(0, 16);
        LocalDateTime clock = OfficeClock.nextTuesday(LocalTime.of(10, 0));
        run.progress("first start creates the database (log: %s)", log);
        double firstMillis;
        try (ChildServer server = ChildServer.start(run.classPath(), data, secret, clock, null, log)) {
            firstMillis = server.awaitHealthy(PATIENCE) / 1e6;
        }
        Samples starts = new Samples();
        for (int start = 1; start <= run.mode().starts; start++) {
            try (ChildServer server = ChildServer.start(run.classPath(), data, secret, clock, null, log)) {
                starts.addNanosAsMillis(server.awaitHealthy(PATIENCE));
            }
            run.progress("start %d on the existing database: %.2f s", start, starts.toArray()[start - 1] / 1000);
        }
        List<Measurement> values = new ArrayList<>(List.of(
                Measurement.of("server_median", "server until /health answers, median of " + starts.size(), starts.median() / 1000, "s"),
                Measurement.of("server_max", "server until /health answers, slowest", starts.max() / 1000, "s"),
                Measurement.of("server_first", "first start (creates and migrates the database)", firstMillis / 1000, "s")));
        try (ChildServer server = ChildServer.start(run.classPath(), data, secret, clock, null, log)) {
            server.awaitHealthy(PATIENCE);
            String url = server.uri("/").toString();
            values.add(client(run, "kiosk", List.of("--server", url, "--token", server.deviceToken("kiosk-1"), "--windowed"),
                    Map.of("FOYER_PRINTER", "tcp://localhost:9", "FOYER_SCANNER", "keyboard")));
            values.add(client(run, "display", List.of("--server", url, "--token", server.deviceToken("display-1"), "--windowed", "--mute"), Map.of()));
        }
        return FigureResult.measured("child processes, as ./foyer starts them", values,
                List.of("Server: from starting the JVM until GET /health answers 200, on a data directory of an earlier start.",
                        "Kiosk and display: from starting the JVM until they print a line with \"first frame\""
                                + (System.getenv("DISPLAY") == null ? " (headless: JavaFX Monocle)." : ".")));
    }

    private static Measurement client(BenchRun run, String module, List<String> args, Map<String, String> environment) throws Exception {
        String key = module + "_first_frame";
        String label = module + " until its first frame";
        Optional<Path> jar = ClientStart.jar(module);
        if (jar.isEmpty()) {
            return Measurement.notMeasured(key, label, "s", module + "/target has no shaded jar; build it with ./mvnw -pl " + module + " -am package");
        }
        Samples starts = new Samples();
        for (int start = 1; start <= run.mode().starts; start++) {
            run.progress("starting the %s (%d of %d)", module, start, run.mode().starts);
            ClientStart.Result result = ClientStart.run(jar.get(), args, environment, CLIENT_PATIENCE, run.logFile(module));
            if (result.notMeasured() != null) {
                return Measurement.notMeasured(key, label, "s", result.notMeasured());
            }
            starts.add(result.nanos() / 1e9);
        }
        return Measurement.of(key, label + ", median of " + starts.size(), starts.median(), "s");
    }
}
