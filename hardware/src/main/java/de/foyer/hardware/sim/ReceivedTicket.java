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

    /** A QR code the printer drew itself (GS ( k), with its module size in dots. */
    public record QrCode(String data, int moduleSize, Alignment alignment) implements Block {
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
        if (block instanceof QrCode qr) {
            return "[QR: " + qr.data() + "]";
        }
        BufferedImage image = ((RasterImage) block).image();
        return QrCodes.decode(image)
                .map(data -> "[QR image: " + data + "]")
                .orElse("[image " + image.getWidth() + "x" + image.getHeight() + "]");
    }
}
