package de.foyer.display.sound;

import de.foyer.hardware.voice.Espeak;
import de.foyer.protocol.CallInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Runs real processes: a stand-in espeak-ng script that writes down what it was asked to say. */
class EspeakAnnouncerTest {

    private static final CallInfo CALL = new CallInfo("A017", "3", OffsetDateTime.now(), 0);

    @TempDir
    Path bin;

    @Test
    void itIsFoundOnThePathOnlyWhereItIsInstalled() throws IOException {
        Path program = program("exit 0");
        assertThat(Espeak.onPath("/nonexistent:" + bin)).hasValueSatisfying(espeak -> assertThat(espeak.program()).isEqualTo(program));
        assertThat(Espeak.onPath("/nonexistent")).isEmpty();
        assertThat(Espeak.onPath("")).isEmpty();
    }

    @Test
    void theCallIsSpokenInGermanThenInTheCitizensLanguageInItsOwnVoice() throws IOException {
        Path said = bin.resolve("said.txt");
        Path program = program("printf '%s\\n' \"$@\" >> '" + said + "'");
        new EspeakAnnouncer(new Espeak(program), Duration.ofSeconds(20)).announce(CALL);
        assertThat(Files.readAllLines(said)).containsExactly("-v", "de", "-s", "140", "--", "Nummer A 17, bitte zu Schalter 3.");

        Files.delete(said);
        new EspeakAnnouncer(new Espeak(program), Duration.ofSeconds(20))
                .announce(new CallInfo("A017", "3", OffsetDateTime.now(), 0, "uk"));
        assertThat(Files.readAllLines(said)).containsExactly("-v", "de", "-s", "140", "--", "Nummer A 17, bitte zu Schalter 3.",
                "-v", "uk", "-s", "140", "--", "Номер A 17, будь ласка, підійдіть до віконця 3.");
    }

    @Test
    void aFailingOrHangingProgramCostsOnlyTheVoice() throws IOException {
        assertThatCode(() -> new EspeakAnnouncer(new Espeak(program("exit 3")), Duration.ofSeconds(20)).announce(CALL))
                .doesNotThrowAnyException();
        Path hanging = program("exec sleep 60");
        long started = System.nanoTime();
        new EspeakAnnouncer(new Espeak(hanging), Duration.ofMillis(300)).announce(CALL);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("gave up instead of waiting a minute")
                .isLessThan(Duration.ofSeconds(30));
        assertThatCode(() -> new EspeakAnnouncer(new Espeak(bin.resolve("missing")), Duration.ofSeconds(1)).announce(CALL))
                .doesNotThrowAnyException();
    }

    private Path program(String body) throws IOException {
        Path program = bin.resolve(Espeak.PROGRAM);
        Files.writeString(program, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }
}
