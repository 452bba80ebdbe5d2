package de.foyer.hardware.sim;

import de.foyer.hardware.qr.QrCodes;
import de.foyer.hardware.sim.ReceivedTicket.Alignment;
import de.foyer.hardware.sim.ReceivedTicket.Block;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Draws a received ticket roughly as an 80 mm printer would: 576 dots wide, font A cells of
 * 12 × 24 dots enlarged as the printer was told, QR codes as modules that a phone can scan.
 * Needs no display (java.awt.headless=true).
 */
final class TicketPicture {

    private static final int PAPER_DOTS = 576;
    private static final int MARGIN = 16;
    private static final int LINE_DOTS = 30;
    /** DejaVu Sans Mono at 20 px advances 12 px per character, like the printer's font A. */
    private static final Font FONT = new Font(Font.MONOSPACED, Font.PLAIN, 20);
    private static final int SMALLEST_READABLE_MODULE = 4;
    private static final int REFUSED_SIZE = 200;

    private TicketPicture() {
    }

    static BufferedImage draw(ReceivedTicket ticket) {
        int width = PAPER_DOTS;
        int height = 2 * MARGIN;
        for (Block block : ticket.blocks()) {
            width = Math.max(width, widthOf(block));
            height += heightOf(block);
        }
        BufferedImage picture = new BufferedImage(width + 2 * MARGIN, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            graphics.setColor(Color.BLACK);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int top = MARGIN;
            for (Block block : ticket.blocks()) {
                drawBlock(graphics, block, top, width);
                top += heightOf(block);
            }
        } finally {
            graphics.dispose();
        }
        return picture;
    }

    private static void drawBlock(Graphics2D graphics, Block block, int top, int width) {
        if (block instanceof ReceivedTicket.TextLine line) {
            Font font = fontOf(line);
            int textWidth = (int) Math.ceil(font.getStringBounds(line.text(), graphics.getFontRenderContext()).getWidth());
            graphics.setFont(font);
            int baseline = top + LINE_DOTS * line.heightScale() - 8 * line.heightScale();
            graphics.drawString(line.text(), left(line.alignment(), textWidth, width), baseline);
        } else {
            BufferedImage image = imageOf(block);
            graphics.drawImage(image, left(alignmentOf(block), image.getWidth(), width), top, null);
        }
    }

    private static int heightOf(Block block) {
        if (block instanceof ReceivedTicket.TextLine line) {
            return LINE_DOTS * line.heightScale();
        }
        return imageOf(block).getHeight();
    }

    private static int widthOf(Block block) {
        return block instanceof ReceivedTicket.TextLine ? 0 : imageOf(block).getWidth();
    }

    private static BufferedImage imageOf(Block block) {
        if (block instanceof ReceivedTicket.QrCode qr && qr.refused()) {
            return refusedMark(qr);
        }
        if (block instanceof ReceivedTicket.QrCode qr) {
            return QrCodes.toImage(qr.data(), Math.max(SMALLEST_READABLE_MODULE, qr.moduleSize()));
        }
        return ((ReceivedTicket.RasterImage) block).image();
    }

    /** A crossed box where the code would be, so nobody mistakes the ticket for a good one. */
    private static BufferedImage refusedMark(ReceivedTicket.QrCode qr) {
        BufferedImage mark = new BufferedImage(REFUSED_SIZE, REFUSED_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = mark.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, REFUSED_SIZE, REFUSED_SIZE);
            graphics.setColor(Color.RED);
            graphics.setStroke(new java.awt.BasicStroke(4));
            graphics.drawRect(2, 2, REFUSED_SIZE - 4, REFUSED_SIZE - 4);
            graphics.drawLine(0, 0, REFUSED_SIZE, REFUSED_SIZE);
            graphics.drawLine(REFUSED_SIZE, 0, 0, REFUSED_SIZE);
            graphics.setFont(FONT.deriveFont(Font.BOLD));
            graphics.setColor(Color.BLACK);
            graphics.drawString("QR MODEL " + qr.model(), 20, REFUSED_SIZE / 2 - 10);
            graphics.drawString("REFUSED", 20, REFUSED_SIZE / 2 + 20);
        } finally {
            graphics.dispose();
        }
        return mark;
    }

    private static Alignment alignmentOf(Block block) {
        return block instanceof ReceivedTicket.QrCode qr ? qr.alignment() : ((ReceivedTicket.RasterImage) block).alignment();
    }

    private static Font fontOf(ReceivedTicket.TextLine line) {
        Font font = line.bold() ? FONT.deriveFont(Font.BOLD) : FONT;
        return font.deriveFont(AffineTransform.getScaleInstance(line.widthScale(), line.heightScale()));
    }

    private static int left(Alignment alignment, int itemWidth, int width) {
        switch (alignment) {
            case CENTER:
                return MARGIN + Math.max(0, (width - itemWidth) / 2);
            case RIGHT:
                return MARGIN + Math.max(0, width - itemWidth);
            default:
                return MARGIN;
        }
    }
}
