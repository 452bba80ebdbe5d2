package de.foyer.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code ./foyer bench}: runs the figures one after the other, prints the table and writes the JSON. */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = true,
        description = "Measures Foyer on this machine: runs the figures one after the other, prints a table and writes them as JSON.")
public final class BenchMain implements Callable<Integer> {

    private final List<Figure> figures;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--quick", description = "a smaller run (about 4 minutes) instead of the full one (about 7)")
    boolean quick;

    @Option(names = "--smoke", description = "a tiny run that only shows every figure still works")
    boolean smoke;

    @Option(names = "--full", description = "the full run (the default)")
    boolean full;

    @Option(names = "--out", paramLabel = "FILE.json", description = "where to write the figures as JSON (a chart goes next to it as FILE.svg)")
    Path outFile;

    @Option(names = "--only", paramLabel = "FIGURE", split = ",", description = "run only these figures, by key (listed below)")
    Set<String> only = new LinkedHashSet<>();

    private BenchMain(List<Figure> figures, PrintStream out, PrintStream err) {
        this.figures = figures;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), Figures.all(), System.out, System.err));
    }

    /** Runs the chosen figures; 0 when every figure ran (or for --help), 1 when one failed (lost or duplicated something), 2 for bad usage. */
    public static int run(List<String> args, List<Figure> figures, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new BenchMain(figures, out, err))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        line.getCommandSpec().usageMessage().footer("Figures: " + String.join(", ", keys(figures)));
        return line.execute(args.toArray(String[]::new));
    }

    private static Set<String> keys(List<Figure> figures) {
        return figures.stream().map(Figure::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Mode mode() {
        if ((quick ? 1 : 0) + (smoke ? 1 : 0) + (full ? 1 : 0) > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Choose one of --quick, --smoke and --full.");
        }
        return smoke ? Mode.SMOKE : quick ? Mode.QUICK : Mode.FULL;
    }

    /** Started by ./foyer from the checkout, the result lands in bench/target, away from the sources. */
    private static Path defaultOut(Mode mode) {
        Path target = Path.of("bench", "target");
        String name = "foyer-bench-" + mode.label() + ".json";
        return Files.isDirectory(target) ? target.resolve(name) : Path.of(name);
    }

    @Override
    public Integer call() {
        Mode mode = mode();
        Set<String> keys = keys(figures);
        for (String key : only) {
            if (!keys.contains(key)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "There is no figure '" + key + "'.");
            }
        }
        Path json = outFile == null ? defaultOut(mode) : outFile;
        Path work;
        try {
            work = Files.createTempDirectory("foyer-bench");
        } catch (IOException e) {
            err.println("Cannot create a scratch directory: " + e.getMessage());
            return 1;
        }
        Path log = work.getParent().resolve(work.getFileName() + ".log");
        routeServerLog(log);
        OffsetDateTime date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Machine machine = Machine.current();
        out.println("Foyer bench, " + mode.label() + " run on " + machine.summary());
        out.println("Server log: " + log);
        List<Outcome> outcomes = new ArrayList<>();
        try (BenchRun run = new BenchRun(mode, work, json, out)) {
            List<Figure> chosen = figures.stream().filter(figure -> only.isEmpty() || only.contains(figure.key())).toList();
            for (Figure figure : chosen) {
                out.printf("[%d/%d] %s%n", outcomes.size() + 1, chosen.size(), figure.title());
                outcomes.add(measure(figure, run, err));
            }
        }
        String header = "Foyer bench — " + mode.label() + " — " + date + " — " + machine.summary();
        ConsoleReport.print(out, header, outcomes);
        try {
            JsonReport.write(json, date, machine, mode, spec.commandLine().getParseResult().originalArgs(), outcomes);
            out.println("Figures written to " + json.toAbsolutePath());
        } catch (IOException e) {
            err.println("Could not write " + json + ": " + e.getMessage());
            return 1;
        }
        List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();
        failed.forEach(outcome -> err.println("FAILED " + outcome.figure().title() + ": " + outcome.failure()));
        return failed.isEmpty() ? 0 : 1;
    }

    private static Outcome measure(Figure figure, BenchRun run, PrintStream err) {
        long start = System.nanoTime();
        try {
            FigureResult result = figure.measure(run);
            return new Outcome(figure, result, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (BenchFailure e) {
            err.println("FAILED " + figure.title() + ": " + e.getMessage());
            return new Outcome(figure, null, e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            err.println("FAILED " + figure.title() + ":");
            e.printStackTrace(err);
            return new Outcome(figure, null, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The server in this JVM logs every request; that goes to a file, so the table stays readable.
     * Must happen before anything logs: Logback reads its configuration once.
     */
    private static void routeServerLog(Path log) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("foyer.bench.log", log.toString());
            System.setProperty("logback.configurationFile", "bench-logback.xml");
        }
    }
}
