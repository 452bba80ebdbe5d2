package de.foyer.hardware.printer;

/** The two roll widths kiosk printers take, with what fits on a line in the printer's standard font. */
public enum PaperWidth {
    MM_58(32, 384, 4),
    MM_80(48, 576, 6);

    private final int charactersPerLine;
    private final int dotsPerLine;
    private final int largestNumberScale;

    PaperWidth(int charactersPerLine, int dotsPerLine, int largestNumberScale) {
        this.charactersPerLine = charactersPerLine;
        this.dotsPerLine = dotsPerLine;
        this.largestNumberScale = largestNumberScale;
    }

    /** Characters of font A (12 × 24 dots) on one line. */
    public int charactersPerLine() {
        return charactersPerLine;
    }

    /** Printable dots on one line at 203 dpi. */
    public int dotsPerLine() {
        return dotsPerLine;
    }

    /** The enlargement (1–8) for the ticket number: as large as possible while it still fits on one line. */
    public int numberScale(String number) {
        int fitting = charactersPerLine / Math.max(1, number.length());
        return Math.max(1, Math.min(largestNumberScale, fitting));
    }

    /** Accepts "58" or "80", as written in the printer setting. */
    public static PaperWidth ofMillimetres(String millimetres) {
        switch (millimetres) {
            case "58":
                return MM_58;
            case "80":
                return MM_80;
            default:
                throw new IllegalArgumentException("paper must be 58 or 80, not " + millimetres);
        }
    }
}
