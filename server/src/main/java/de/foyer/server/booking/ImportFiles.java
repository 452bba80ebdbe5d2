package de.foyer.server.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.foyer.protocol.booking.ImportResult;
import de.foyer.protocol.booking.ImportedBooking;
import de.foyer.server.web.ApiException;
import de.foyer.server.web.CsvTable;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
        CsvTable table = CsvTable.read(text);
        if (!table.columns().containsAll(REQUIRED)) {
            throw ApiException.badRequest("CSV_HEADER", "The first line must name the columns " + String.join(", ", REQUIRED)
                    + " (and may name persons, email, phone).");
        }
        List<BookingImport.Line> lines = new ArrayList<>();
        List<ImportResult.LineError> errors = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            try {
                lines.add(new BookingImport.Line(row.line(), new ImportedBooking(row.get("code"), row.get("service"),
                        persons(row.get("persons")), start(row.get("start"), zone), row.get("name"), row.get("email"),
                        row.get("phone"))));
            } catch (ApiException refusal) {
                errors.add(new ImportResult.LineError(row.line(), refusal.code(), refusal.getMessage()));
            }
        }
        return new Read(lines, errors);
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
