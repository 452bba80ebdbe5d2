package de.foyer.kiosk.ui;

/**
 * The two shapes of kiosk screen, in the units the screens are designed in. The whole canvas is
 * scaled to the real screen, so a larger or denser screen shows the same, only larger.
 */
public enum Layout {
    PORTRAIT(1080, 1920),
    LANDSCAPE(1920, 1080);

    /**
     * 15 mm, the least a finger hits reliably, at 96 dots per inch; on kiosk screens one unit of
     * the canvas is at least one pixel, so this many units are at least 15 mm.
     */
    public static final double MIN_TARGET = 57;

    private final double width;
    private final double height;

    Layout(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public boolean portrait() {
        return this == PORTRAIT;
    }

    /** The layout that suits a screen of this size. */
    public static Layout forScreen(double screenWidth, double screenHeight) {
        return screenHeight > screenWidth ? PORTRAIT : LANDSCAPE;
    }
}
