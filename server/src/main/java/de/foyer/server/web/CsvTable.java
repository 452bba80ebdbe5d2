package de.foyer.server.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uploaded table as spreadsheets write it: a header line naming the columns, then one record per
 * row. German spreadsheets separate by semicolon, others by comma; the header line decides. Quoted
 * fields may hold either, doubled quotes and line breaks. Each row knows the line it starts on, so
 * that a refusal can name it.
 */
public final class CsvTable {

    /** One record: the line it starts on (the header is line 1) and its fields by column name. */
    public record Row(int line, Map<String, String> fields) {

        /** The field, stripped; null when the column is missing or the field empty. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The text of an uploaded file: UTF-8, as "CSV UTF-8" saves it; a file that is not UTF-8 is taken as
     * Windows-1252, which German Excel's plain "CSV" writes, so that "Gebühren" stays "Gebühren".
     */
    public static String text(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(file, Charset.forName("windows-1252"));
        }
    }

    /** Reads the table; a text that is not CSV (an unclosed quote) is a 400 CSV_MALFORMED. */
    public static CsvTable read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String header = body.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        int[] lineStarts = lineStarts(body);
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            for (CSVRecord record : parser) {
                if (columns.isEmpty()) {
                    record.forEach(name -> columns.add(name.strip().toLowerCase(Locale.ROOT)));
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    fields.putIfAbsent(columns.get(i), record.get(i));
                }
                rows.add(new Row(lineOf(lineStarts, firstCharacter(body, record.getCharacterPosition())), fields));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ApiException.badRequest("CSV_MALFORMED", "The table cannot be read as CSV (a quote that is never closed?).");
        }
        return new CsvTable(List.copyOf(columns), List.copyOf(rows));
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(found -> found == c).count();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record after skipped empty lines begins, for the parser, where they began: its text starts after them. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    /** The 1-based line holding the character at the position. */
    private static int lineOf(int[] lineStarts, long position) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (lineStarts[middle] <= position) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }
}
