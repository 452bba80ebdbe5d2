package de.foyer.kiosk.ui;

import de.foyer.hardware.qr.QrCodes;
import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;

/** QR codes for the screen, drawn by the hardware module's QR code maker. */
public final class QrImages {

    private QrImages() {
    }

    /** Black on white with its quiet zone; {@code moduleSize} pixels for each module. */
    public static Image of(String text, int moduleSize) {
        return new Image(new ByteArrayInputStream(QrCodes.toPng(text, moduleSize)));
    }
}
