package de.foyer.hardware.printer;

import com.github.anastaciocintra.escpos.EscPos.CharacterCodeTable;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * How a language's letters reach the paper. Epson-compatible printers hold a Windows code page for
 * each of the Latin, Central European, Cyrillic and Turkish alphabets (ESC t), each with the euro
 * sign. Arabic letters change their shape with their neighbours and run right to left, which no
 * code page does, so Arabic lines are printed as pictures; the number and the QR code stay as they are.
 */
enum TicketScript {
    WESTERN(CharacterCodeTable.CP858_Euro, false),
    CENTRAL_EUROPEAN(CharacterCodeTable.WCP1250_Latin2, false),
    CYRILLIC(CharacterCodeTable.WCP1251_Cyrillic, false),
    TURKISH(CharacterCodeTable.WCP1254_Turkish, false),
    ARABIC_AS_PICTURES(CharacterCodeTable.CP858_Euro, true);

    private final CharacterCodeTable codePage;
    private final Charset charset;
    private final boolean pictures;

    TicketScript(CharacterCodeTable codePage, boolean pictures) {
        this.codePage = codePage;
        this.charset = Charset.forName(codePage.charsetName);
        this.pictures = pictures;
    }

    static TicketScript of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "pl" -> CENTRAL_EUROPEAN;
            case "uk", "ru" -> CYRILLIC;
            case "tr" -> TURKISH;
            case "ar" -> ARABIC_AS_PICTURES;
            default -> WESTERN;
        };
    }

    CharacterCodeTable codePage() {
        return codePage;
    }

    Charset charset() {
        return charset;
    }

    /** Whether a line must be drawn: it holds letters this script prints as pictures. */
    boolean drawn(String text) {
        return pictures && text.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.ARABIC);
    }
}
