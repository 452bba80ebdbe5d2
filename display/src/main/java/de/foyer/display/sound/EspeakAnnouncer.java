package de.foyer.display.sound;

import de.foyer.protocol.CallInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Speaks calls with the {@code espeak-ng} program, German voice. A missing or failing program
 * costs only the voice: the failure is logged once and the screen goes on.
 */
public final class EspeakAnnouncer implements Announcer {

    public static final String PROGRAM = "espeak-ng";
    private static final Logger log = LoggerFactory.getLogger(EspeakAnnouncer.class);
    /** Words per minute: a little slower than espeak's default, for a hall with echo. */
    private static final String SPEED = "140";

    private final Path program;
    private final Duration timeout;
    private final AnnouncementText text = new AnnouncementText();
    private volatile boolean warned;

    public EspeakAnnouncer(Path program, Duration timeout) {
        this.program = program;
        this.timeout = timeout;
    }

    /** The program on the PATH, if it is installed. */
    public static Optional<Path> findOnPath(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, PROGRAM);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    List<String> command(CallInfo call) {
        return List.of(program.toString(), "-v", "de", "-s", SPEED, text.of(call));
    }

    @Override
    public void announce(CallInfo call) {
        try {
            Process process = new ProcessBuilder(command(call))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // A hung audio device must not hold back the next call's announcement.
                process.destroyForcibly();
                warnOnce("did not finish within " + timeout.toMillis() + " ms");
            } else if (process.exitValue() != 0) {
                warnOnce("exited with " + process.exitValue());
            }
        } catch (IOException e) {
            warnOnce(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warnOnce(String problem) {
        if (!warned) {
            warned = true;
            log.warn("{} could not speak a call ({}); calls are shown without voice", program, problem);
        }
    }
}
