package de.foyer.protocol.client;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The demo office's device tokens, kept in the data directory beside the database they belong to.
 * They are random, so a kiosk or call screen started on the same machine without a token finds
 * its own here instead of being told one derived from a password. Readable by the owner only.
 */
public final class DemoDeviceTokens {

    public static final String FILE = "demo-devices.properties";

    private DemoDeviceTokens() {
    }

    public static Path in(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    /** Writes the tokens by device name, replacing an earlier file. */
    public static void write(Path dataDirectory, Map<String, String> tokens) {
        Path file = in(dataDirectory);
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> token : new TreeMap<>(tokens).entrySet()) {
                    out.write(token.getKey() + "=" + token.getValue() + "\n");
                }
            }
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Another process wrote " + file + " at the same time.", raced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token of the named demo device, if the data directory holds one. */
    public static Optional<String> read(Path dataDirectory, String device) {
        Path file = in(dataDirectory);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Properties tokens = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            tokens.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(tokens.getProperty(device)).map(String::strip).filter(token -> !token.isEmpty());
    }
}
