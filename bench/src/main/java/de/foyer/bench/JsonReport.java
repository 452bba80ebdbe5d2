package de.foyer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.foyer.protocol.WireJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures as JSON, one key per value ({@code figure.value}) with its value and unit, so that
 * runs on different days and machines can be compared by a script.
 */
final class JsonReport {

    private JsonReport() {
    }

    static void write(Path file, OffsetDateTime date, Machine machine, Mode mode, List<String> commandLine,
                      List<Outcome> outcomes) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("date", date.toString());
        root.put("mode", mode.label());
        root.put("command", String.join(" ", commandLine));
        root.put("machine", machine);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            String prefix = outcome.figure().key();
            if (outcome.failed()) {
                figures.put(prefix, unmeasured(outcome, "failed", outcome.failure()));
            } else if (!outcome.result().isMeasured()) {
                figures.put(prefix, unmeasured(outcome, "notMeasured", outcome.result().notMeasured()));
            } else {
                for (Measurement measurement : outcome.result().measurements()) {
                    figures.put(prefix + "." + measurement.key(), value(measurement));
                }
            }
        }
        root.put("figures", figures);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        ObjectMapper json = WireJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(file.toFile(), root);
    }

    private static Map<String, Object> unmeasured(Outcome outcome, String why, String reason) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", null);
        value.put("unit", null);
        value.put("label", outcome.figure().title());
        value.put(why, reason);
        return value;
    }

    private static Map<String, Object> value(Measurement measurement) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", Double.isNaN(measurement.value()) ? null : measurement.value());
        value.put("unit", measurement.unit());
        value.put("label", measurement.label());
        if (measurement.notMeasured() != null) {
            value.put("notMeasured", measurement.notMeasured());
        }
        if (measurement.target() != null) {
            value.put("target", measurement.target());
            value.put("met", measurement.met());
        }
        return value;
    }
}
