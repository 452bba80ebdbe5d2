package de.foyer.server.booking;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it: comma or semicolon (German Excel) as the header line shows,
 * fields in double quotes may hold either and doubled quotes. One record a line.
 */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        char delimiter = lines.length > 0 && lines[0].indexOf(';') >= 0 && lines[0].indexOf(',') < 0 ? ';' : ',';
        for (String line : lines) {
            records.add(line.isBlank() ? List.of() : fields(line, delimiter));
        }
        return records;
    }

    private static List<String> fields(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
