package de.foyer.hardware.voice;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The installed espeak-ng program: found on the PATH, started with a voice, a speed and a text. */
public final class Espeak {

    public static final String PROGRAM = "espeak-ng";

    private final Path program;

    public Espeak(Path program) {
        this.program = program;
    }

    /** The program on this PATH, if it is installed. */
    public static Optional<Espeak> onPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, PROGRAM);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new Espeak(candidate));
            }
        }
        return Optional.empty();
    }

    public Path program() {
        return program;
    }

    /**
     * @param voice          a language code espeak-ng knows: de, en, tr, ar, uk, ru, pl
     * @param wordsPerMinute espeak's default is 175; slower carries better in a hall
     */
    public List<String> command(String voice, int wordsPerMinute, String text) {
        return List.of(program.toString(), "-v", voice, "-s", Integer.toString(wordsPerMinute), "--", text);
    }

    /** Starts speaking; the sound plays while the process runs, and ends when it is destroyed. */
    public Process start(String voice, int wordsPerMinute, String text) throws IOException {
        return new ProcessBuilder(command(voice, wordsPerMinute, text)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
