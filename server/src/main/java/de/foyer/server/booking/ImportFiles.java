package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.booking.ImportResult;
import de.foyer.protocol.booking.ImportedBooking;
import de.foyer.server.web.ApiException;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import: JSON (a list of bookings, or {"bookings": [...]}) or CSV with a header line
 * naming the columns code, service, start, name and optionally persons, email, phone. A CSV start
 * without offset is the office's local time.
 */
final class ImportFiles {

    static final List<String> REQUIRED = List.of("code", "service", "start", "name");

    record Read(List<BookingImport.Line> lines, List<ImportResult.LineError> errors) {
    }

    private ImportFiles() {
    }

    static Read json(ObjectMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "The import is not valid JSON.");
        }
        JsonNode list = root != null && root.isObject() ? root.get("bookings") : root;
        if (list == null || !list.isArray()) {
            throw ApiException.badRequest("BODY_REQUIRED", "Send a list of bookings, or an object with the list in 'bookings'.");
        }
        List<BookingImport.Line> lines = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                lines.add(new BookingImport.Line(i + 1, mapper.treeToValue(list.get(i), ImportedBooking.class)));
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new ImportResult.LineError(i + 1, "MALFORMED", "This booking is not of the expected shape."));
            }
        }
        return new Read(lines, errors);
    }

    static Read csv(String text, ZoneId zone) {
        List<List<String>> records = CsvReader.read(text);
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            throw ApiException.badRequest("CSV_HEADER", "The first line must name the columns " + String.join(", ", REQUIRED)
                    + " (and may name persons, email, phone).");
        }
        List<BookingImport.Line> lines = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        for (int number = 2; number <= records.size(); number++) {
            List<String> fields = records.get(number - 1);
            if (fields.isEmpty()) {
                continue;
            }
            try {
                lines.add(new BookingImport.Line(number, new ImportedBooking(field(fields, columns, "code"),
                        field(fields, columns, "service"), persons(field(fields, columns, "persons")),
                        start(field(fields, columns, "start"), zone), field(fields, columns, "name"),
                        field(fields, columns, "email"), field(fields, columns, "phone"))));
            } catch (ApiException refusal) {
                errors.add(new ImportResult.LineError(number, refusal.code(), refusal.getMessage()));
            }
        }
        return new Read(lines, errors);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= fields.size() || fields.get(index).isEmpty() ? null : fields.get(index);
    }

    private static Integer persons(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_PERSONS", "Persons must be a whole number.");
        }
    }

    private static OffsetDateTime start(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (RuntimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (RuntimeException e) {
                throw ApiException.badRequest("INVALID_START", "The time must look like 2026-11-24T10:30 (or with offset, +01:00).");
            }
        }
    }
}
