package de.foyer.hardware.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The ESC/POS commands (GS ( k, cn 49) that let the printer draw a QR code itself, centred.
 *
 * <p>Written by hand instead of escpos-coffee's {@code QRCode}: its 4.1.0 {@code QRModel._2} sends
 * n1 = 49 in function 65, which the ESC/POS specification defines as Model 1 (Model 2 is n1 = 50),
 * and many phone scanners cannot read Model 1.
 */
final class NativeQr {

    /** GS ( k function 65, Model 2: pL pH cn fn n1 n2 = 04 00 31 41 32 00. */
    static final int MODEL_2 = 50;
    /** Error correction level M (15 %): n = 49 in function 69. */
    private static final int LEVEL_M = 49;
    private static final int QR = 49;
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int CENTER = 1;

    private NativeQr() {
    }

    /** {@code data} is printable ASCII (a ticket's link is checked so), so characters and bytes agree. */
    static byte[] commands(String data, int moduleDots) {
        byte[] payload = data.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ESC);
        out.write('a');
        out.write(CENTER);
        function(out, 65, MODEL_2, 0);
        function(out, 67, moduleDots);
        function(out, 69, LEVEL_M);
        int length = payload.length + 3;
        out.writeBytes(new byte[] {GS, '(', 'k', (byte) (length & 0xFF), (byte) (length >> 8), QR, 80, 48});
        out.writeBytes(payload);
        function(out, 81, 48);
        return out.toByteArray();
    }

    private static void function(ByteArrayOutputStream out, int function, int... parameters) {
        int length = parameters.length + 2;
        out.writeBytes(new byte[] {GS, '(', 'k', (byte) length, 0, QR, (byte) function});
        for (int parameter : parameters) {
            out.write(parameter);
        }
    }
}
