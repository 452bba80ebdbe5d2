package de.foyer.server.booking;

import de.foyer.server.storage.OwnerOnlyFiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The signing secret on disk, owner-only, never in the database (whoever reads a backup must not
 * be able to forge QR codes). Two forms are read: a file of one line, the secret itself (as an
 * operator or a systemd credential would provide it through FOYER_SECRET_FILE), or the key file
 * the server writes into the data directory, which also keeps the previous secret after a rotation:
 * <pre>
 * current=&lt;Base64&gt;
 * previous=&lt;Base64&gt;
 * previous.retired=2026-12-04T16:00:00Z
 * </pre>
 */
public final class SecretFile {

    public static final String DEFAULT_NAME = "checkin.key";

    private SecretFile() {
    }

    public static SigningKeys read(Path file, Duration grace) throws IOException {
        OwnerOnlyFiles.restrict(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains("current=")) {
            String secret = text.strip();
            if (secret.length() < BookingSettings.SHORTEST_SECRET) {
                throw new IOException(file + " must hold a secret of at least " + BookingSettings.SHORTEST_SECRET + " characters");
            }
            return SigningKeys.of(secret).withGrace(grace);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        try {
            byte[] current = decode(properties.getProperty("current"));
            Optional<SigningKeys.Retired> previous = Optional.ofNullable(properties.getProperty("previous"))
                    .map(value -> new SigningKeys.Retired(decode(value), Instant.parse(properties.getProperty("previous.retired"))));
            return new SigningKeys(current, previous, grace);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new IOException(file + " is not a key file Foyer can read (" + e.getMessage() + ")", e);
        }
    }

    /** The key file as it is, or a new one: holding the secret an earlier release kept in its database, else a random one. */
    public static SigningKeys readOrCreate(Path file, Optional<byte[]> adopted, Duration grace) throws IOException {
        if (!Files.exists(file)) {
            write(file, new SigningKeys(adopted.orElseGet(SigningKeys::randomSecret), Optional.empty(), grace));
        }
        return read(file, grace);
    }

    /** A new current secret; the one in use becomes the previous, valid for the grace time from now. */
    public static SigningKeys rotate(Path file, Instant now, Duration grace) throws IOException {
        SigningKeys old = read(file, grace);
        SigningKeys rotated = new SigningKeys(SigningKeys.randomSecret(),
                Optional.of(new SigningKeys.Retired(old.current(), now)), grace);
        write(file, rotated);
        return rotated;
    }

    private static void write(Path file, SigningKeys keys) throws IOException {
        StringBuilder text = new StringBuilder("# Foyer's signing secret for QR codes and cancel links. Owner-only; never share it.\n");
        text.append("current=").append(encode(keys.current())).append('\n');
        keys.previous().ifPresent(previous -> text.append("previous=").append(encode(previous.secret())).append('\n')
                .append("previous.retired=").append(previous.retiredAt()).append('\n'));
        OwnerOnlyFiles.write(file, text.toString());
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String value) {
        return Base64.getDecoder().decode(value.strip());
    }
}
