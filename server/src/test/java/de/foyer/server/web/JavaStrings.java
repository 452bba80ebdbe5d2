package de.foyer.server.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals and text blocks of a Java source, as written (escapes kept), with comments
 * and character literals skipped. Enough of Java's lexical rules for a test that reads the sources.
 */
final class JavaStrings {

    private JavaStrings() {
    }

    static List<String> in(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), 0);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                while (close > 0 && source.charAt(close - 1) == '\\') {
                    close = source.indexOf("\"\"\"", close + 1);
                }
                literals.add(source.substring(i + 3, close < 0 ? source.length() : close));
                i = end(source, close, 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int close = i + 1;
                while (close < source.length() && source.charAt(close) != quote) {
                    close += source.charAt(close) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(i + 1, Math.min(close, source.length())));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(String source, int found, int length) {
        return found < 0 ? source.length() : found + length;
    }
}
