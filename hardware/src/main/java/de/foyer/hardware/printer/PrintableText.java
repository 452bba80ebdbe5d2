package de.foyer.hardware.printer;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prepares text for a printer's code page and line width. */
final class PrintableText {

    /**
     * Typography the code page lacks, and letters of names that have no accent to drop (Turkish
     * dotless i, Polish ł), replaced by what a reader takes for the same.
     */
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('„', "\""), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('‚', "'"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('…', "..."), Map.entry('\u00a0', " "),
            Map.entry('ı', "i"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"));

    private PrintableText() {
    }

    /**
     * Keeps what the code page can print, drops accents it cannot (ğ → g), and blanks control
     * characters: a name with an ESC in it must not become a printer command.
     */
    static String forCodePage(String text, Charset codePage) {
        CharsetEncoder encoder = codePage.newEncoder();
        StringBuilder printable = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            if (Character.isISOControl(character)) {
                printable.append(' ');
            } else if (encoder.canEncode(character)) {
                printable.append(character);
            } else if (LOOK_ALIKES.containsKey(character)) {
                printable.append(LOOK_ALIKES.get(character));
            } else {
                printable.append(withoutAccents(character, encoder));
            }
        }
        return printable.toString();
    }

    private static String withoutAccents(char character, CharsetEncoder encoder) {
        StringBuilder base = new StringBuilder();
        for (char part : Normalizer.normalize(String.valueOf(character), Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(part) != Character.NON_SPACING_MARK && encoder.canEncode(part)) {
                base.append(part);
            }
        }
        return base.length() == 0 ? "?" : base.toString();
    }

    /** Breaks text into lines of at most {@code width} characters, between words where possible. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            while (line.length() > width) {
                lines.add(line.substring(0, width));
                line.delete(0, width);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
