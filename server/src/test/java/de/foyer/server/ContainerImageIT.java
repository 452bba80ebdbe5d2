package de.foyer.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.server.testing.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The container image from `-Pimage` (server/target/jib-image.tar): it runs as a non-root user with
 * the data directory as a volume. Without that build (the default) this test is skipped. Where the
 * test may chroot and mount (root, as in CI), the image's own entry point is started from its
 * unpacked layers as its user and must answer /health.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target/jib-image.tar");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theImageRunsAsTheUserFoyerWithTheDataDirectoryAsAVolume(@TempDir Path work) throws Exception {
        // CI builds the image first and says so: there a missing image is a failure, not a skip.
        if ("true".equals(System.getenv("FOYER_IMAGE_BUILT"))) {
            assertThat(IMAGE).as("the image CI built").exists();
            assertThat(System.getProperty("user.name")).as("CI starts the image, which needs chroot").isEqualTo("root");
        }
        assumeTrue(Files.exists(IMAGE), "the image is built with -Pimage only");
        Path unpacked = work.resolve("image");
        Files.createDirectories(unpacked);
        run("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString());
        JsonNode manifest = json.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        JsonNode config = json.readTree(unpacked.resolve(manifest.path("Config").asText()).toFile()).path("config");

        assertThat(config.path("User").asText()).isEqualTo("1000:1000");
        assertThat(config.path("Volumes").has("/data")).isTrue();
        assertThat(config.path("Env").toString()).contains("FOYER_DATA_DIR=/data");

        assumeTrue("root".equals(System.getProperty("user.name")), "running the image needs chroot");
        Path root = work.resolve("root");
        Files.createDirectories(root);
        for (JsonNode layer : manifest.path("Layers")) {
            run("tar", "-xf", unpacked.resolve(layer.asText()).toString(), "-C", root.toString());
        }
        Files.createDirectories(root.resolve("dev"));
        Files.createDirectories(root.resolve("proc"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --rbind /dev \"$0/dev\" && mount -t proc proc \"$0/proc\" && exec env -i \"$@\"", root.toString()));
        for (JsonNode variable : config.path("Env")) {
            command.add(variable.asText().startsWith("FOYER_PORT=") ? "FOYER_PORT=" + port : variable.asText());
        }
        // env -i leaves no PATH: chroot by its full path.
        String chroot = Files.exists(Path.of("/usr/sbin/chroot")) ? "/usr/sbin/chroot" : "/usr/bin/chroot";
        command.addAll(List.of(chroot, "--userspec=1000:1000", root.toString()));
        config.path("Entrypoint").forEach(part -> command.add(part.asText()));
        Process container = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(container.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (Exception ignored) {
                // ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && output.stream().noneMatch(line -> line.contains("Foyer is running"))) {
                assertThat(container.isAlive()).as(String.join("\n", output)).isTrue();
                Thread.sleep(200);
            }
            assertThat(Http.local(port).get("/health", null).status()).as(String.join("\n", output)).isEqualTo(200);
            assertThat(root.resolve("data/database.credentials")).exists();
            assertThat(Files.getOwner(root.resolve("data/postgres")).getName()).isNotEqualTo("root");
        } finally {
            container.destroy();
            container.waitFor(30, TimeUnit.SECONDS);
            container.destroyForcibly();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
