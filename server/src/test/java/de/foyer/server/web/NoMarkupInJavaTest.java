package de.foyer.server.web;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are written in the templates only: no string literal in the server's Java code holds an
 * HTML tag. Markup built in Java escapes by convention and fails at run time; a template escapes by
 * default and fails the build.
 */
class NoMarkupInJavaTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** An HTML or SVG element's opening or closing tag, or a doctype; not Jdbi's {@code <list>} bindings in SQL. */
    private static final Pattern TAG = Pattern.compile("<!|</?(?:html|head|body|title|meta|link|script|style|main|header|footer"
            + "|nav|section|article|aside|h[1-6]|p|div|span|a|em|strong|b|i|small|br|hr|img|ul|ol|li|dl|dt|dd|table|caption"
            + "|thead|tbody|tfoot|tr|th|td|form|fieldset|legend|label|input|select|option|textarea|button|output|details"
            + "|summary|time|abbr|code|pre|figure|figcaption|svg|g|rect|line|path|circle|polyline|polygon|text|tspan)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noJavaFileOfTheServerHasATagInAString() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                for (String literal : JavaStrings.in(Files.readString(file))) {
                    if (TAG.matcher(literal).find()) {
                        found.add(SOURCES.relativize(file) + ": " + literal.strip());
                    }
                }
            }
        }
        assertThat(found).as("string literals with markup").isEmpty();
    }

    @Nested
    class TheSearchItselfWorks {

        @Test
        void itFindsTagsInStringsAndTextBlocks() {
            String source = """
                    class Page {
                        String a = "<p>" + name + "</P>";
                        String b = \"""
                            <section hidden>
                            \""";
                    }
                    """;
            assertThat(JavaStrings.in(source)).filteredOn(literal -> TAG.matcher(literal).find()).hasSize(3);
        }

        @Test
        void itIgnoresCommentsCharactersAndComparisons() {
            String source = """
                    /** Returns {@code <b>} for <em>bold</em>. */
                    class Page {
                        // "<p>" in a comment
                        char open = '<';
                        String url = "https://example.org/"; // "<p>" after the code
                        boolean less = a < b && "x\\"<1".isEmpty();
                        String sql = "SELECT * FROM tickets WHERE id IN (<ids>)";
                    }
                    """;
            assertThat(JavaStrings.in(source)).containsExactly("https://example.org/", "x\\\"<1",
                    "SELECT * FROM tickets WHERE id IN (<ids>)");
            assertThat(JavaStrings.in(source)).noneMatch(literal -> TAG.matcher(literal).find());
        }
    }
}
