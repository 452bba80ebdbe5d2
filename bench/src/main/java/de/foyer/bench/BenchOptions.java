package de.foyer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The command line: {@code [--quick|--smoke] [--out FILE.json] [--only key,key]}. */
public record BenchOptions(Mode mode, Path out, Set<String> only) {

    public static final String USAGE = """
            usage: ./foyer bench [--quick | --smoke] [--out FILE.json] [--only FIGURE,FIGURE]
              --quick   a smaller run (about 2 minutes) instead of the full one (about 5)
              --smoke   a tiny run that only shows every figure still works
              --out     where to write the figures as JSON (a chart goes next to it as FILE.svg)
              --only    run only these figures, by key: %s""";

    /** Thrown for a command line that cannot be understood; the message says what is wrong. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static BenchOptions parse(List<String> args, Set<String> figureKeys) throws UsageException {
        Mode mode = Mode.FULL;
        Path out = null;
        Set<String> only = Set.of();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> mode = Mode.QUICK;
                case "--smoke" -> mode = Mode.SMOKE;
                case "--full" -> mode = Mode.FULL;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--only" -> only = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::trim).filter(key -> !key.isEmpty()).collect(Collectors.toSet());
                case "--help", "-h" -> throw new UsageException("");
                default -> throw new UsageException("Unknown option '" + arg + "'.");
            }
        }
        for (String key : only) {
            if (!figureKeys.contains(key)) {
                throw new UsageException("There is no figure '" + key + "'.");
            }
        }
        return new BenchOptions(mode, out == null ? defaultOut(mode) : out, only);
    }

    /** Started by ./foyer from the checkout, the result lands in bench/target, away from the sources. */
    private static Path defaultOut(Mode mode) {
        Path target = Path.of("bench", "target");
        String name = "foyer-bench-" + mode.label() + ".json";
        return Files.isDirectory(target) ? target.resolve(name) : Path.of(name);
    }

    private static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return args.get(index);
    }

    public boolean includes(String figureKey) {
        return only.isEmpty() || only.contains(figureKey);
    }
}
