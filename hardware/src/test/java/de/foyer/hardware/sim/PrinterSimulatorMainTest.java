package de.foyer.hardware.sim;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrinterSimulatorMainTest {

    @Test
    void withoutOptionsTheSimulatorListensOnThePrinterPort() {
        PrinterSimulatorMain options = parsed();
        assertThat(options.port).isEqualTo(9100);
        assertThat(options.outDir).isEqualTo(Path.of("printer-sim"));
        assertThat(options.paperOut).isFalse();
    }

    @Test
    void everyOptionIsRead() {
        PrinterSimulatorMain options = parsed("--port", "9101", "--out", "/tmp/t", "--paper-out");
        assertThat(options.port).isEqualTo(9101);
        assertThat(options.outDir).isEqualTo(Path.of("/tmp/t"));
        assertThat(options.paperOut).isTrue();
    }

    @Test
    void wrongArgumentsAreRefusedWithTheUsageAndStartNothing() {
        for (String[] wrong : new String[][]{{"--port"}, {"--port", "x"}, {"--port", "70000"}, {"--out", "--paper-out"}, {"--colour"}}) {
            StringWriter err = new StringWriter();
            int exit = new CommandLine(new PrinterSimulatorMain()).setErr(new PrintWriter(err)).execute(wrong);
            assertThat(exit).as(String.join(" ", wrong)).isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", wrong)).contains("Usage: printer-sim");
        }
    }

    @Test
    void helpPrintsTheUsage() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new PrinterSimulatorMain()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: printer-sim", "--paper-out");
    }

    private static PrinterSimulatorMain parsed(String... args) {
        PrinterSimulatorMain options = new PrinterSimulatorMain();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
