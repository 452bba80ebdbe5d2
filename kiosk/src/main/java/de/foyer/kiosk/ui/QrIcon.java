package de.foyer.kiosk.ui;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A picture of a QR code for the hint "scan your confirmation here". Drawn, not encoded: a real
 * code on screen would invite the scanner to read it.
 */
public final class QrIcon {

    private static final int[][] DOTS = {{9, 1}, {11, 2}, {9, 4}, {12, 5}, {10, 7}, {1, 9}, {3, 10}, {5, 9},
        {8, 9}, {10, 10}, {12, 9}, {14, 11}, {16, 9}, {18, 10}, {9, 12}, {11, 13}, {13, 14}, {9, 16},
        {12, 17}, {10, 19}, {14, 18}, {16, 16}, {18, 19}, {17, 13}, {19, 15}};

    private QrIcon() {
    }

    public static Group of(double size) {
        double module = size / 21;
        Group icon = new Group(square(0, 0, size, Color.WHITE));
        finder(icon, 0, 0, module);
        finder(icon, 14, 0, module);
        finder(icon, 0, 14, module);
        for (int[] dot : DOTS) {
            icon.getChildren().add(square(dot[0] * module, dot[1] * module, module * 1.5, Color.BLACK));
        }
        return icon;
    }

    private static void finder(Group icon, int column, int row, double module) {
        double x = column * module;
        double y = row * module;
        icon.getChildren().addAll(square(x, y, 7 * module, Color.BLACK),
                square(x + module, y + module, 5 * module, Color.WHITE),
                square(x + 2 * module, y + 2 * module, 3 * module, Color.BLACK));
    }

    private static Rectangle square(double x, double y, double size, Color color) {
        Rectangle square = new Rectangle(x, y, size, size);
        square.setFill(color);
        return square;
    }
}
