package de.foyer.hardware.sim;

import de.foyer.hardware.qr.QrCodes;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** One ticket as the simulator understood it: what was printed, top to bottom, up to the cut. */
public record ReceivedTicket(List<Block> blocks) {

    public enum Alignment { LEFT, CENTER, RIGHT }

    /** One printed piece of the ticket. */
    public sealed interface Block permits TextLine, QrCode, RasterImage {
    }

    /** A line of text with the character enlargement (1–8 each way) it was printed in. */
    public record TextLine(String text, int widthScale, int heightScale, boolean bold, Alignment alignment)
            implements Block {
    }

    /**
     * A QR code the printer was told to draw itself (GS ( k), with its module size in dots and the
     * model it was asked for (function 65: 49 = Model 1, 50 = Model 2).
     */
    public record QrCode(String data, int moduleSize, int model, Alignment alignment) implements Block {

        /** The only model the simulator draws, as a strict printer would: phones often cannot read Model 1. */
        public static final int MODEL_2 = 2;

        public boolean refused() {
            return model != MODEL_2;
        }
    }

    /** A raster image (GS v 0), black on white. */
    public record RasterImage(BufferedImage image, Alignment alignment) implements Block {
    }

    public ReceivedTicket {
        blocks = List.copyOf(blocks);
    }

    /** The ticket as a person reads it; codes are shown by their content. */
    public String text() {
        return blocks.stream().map(ReceivedTicket::describe).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Whether any QR symbol on this ticket asked for a model other than Model 2. */
    public boolean hasRefusedQr() {
        return blocks.stream().anyMatch(block -> block instanceof QrCode qr && qr.refused());
    }

    /** The text printed largest, which on our tickets is the number; "?" when nothing was enlarged. */
    public String number() {
        return blocks.stream()
                .filter(TextLine.class::isInstance)
                .map(TextLine.class::cast)
                .filter(line -> line.widthScale() * line.heightScale() > 1 && !line.text().isBlank())
                .max(Comparator.comparingInt((TextLine line) -> line.widthScale() * line.heightScale()))
                .map(line -> line.text().strip())
                .orElse("?");
    }

    private static String describe(Block block) {
        if (block instanceof TextLine line) {
            return line.text();
        }
        if (block instanceof QrCode qr && qr.refused()) {
            return "[QR REFUSED: Model " + qr.model() + " instead of Model 2, nothing printed: " + qr.data() + "]";
        }
        if (block instanceof QrCode qr) {
            return "[QR: " + qr.data() + "]";
        }
        BufferedImage image = ((RasterImage) block).image();
        return QrCodes.decode(image)
                .map(data -> "[QR image: " + data + "]")
                .orElse("[image " + image.getWidth() + "x" + image.getHeight() + "]");
    }
}
