package de.foyer.hardware.printer;

import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Text drawn as an ESC/POS raster image (GS v 0), as wide as the paper: for scripts no printer code
 * page holds. Java's text layout joins Arabic letters and orders mixed right-to-left and
 * left-to-right runs (a ticket number amid Arabic words), which the printer cannot.
 */
final class TextPicture {

    /** The printer's font A is 24 dots high; a drawn line matches it, a heading is larger. */
    private static final float PLAIN_SIZE = 24f;
    private static final float LARGE_SIZE = 34f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextPicture() {
    }

    /** The raster commands of the text, wrapped to the paper, centred or aligned to its reading direction's start. */
    static byte[] raster(String text, boolean bold, boolean large, boolean centred, int paperDots) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(large ? LARGE_SIZE : PLAIN_SIZE);
        boolean rightToLeft = !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        List<TextLayout> lines = lines(text, font, rightToLeft, paperDots);
        int height = 0;
        for (TextLayout line : lines) {
            height += (int) Math.ceil(line.getAscent() + line.getDescent() + line.getLeading());
        }
        BufferedImage image = new BufferedImage(paperDots, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setColor(Color.BLACK);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            float y = 0;
            for (TextLayout line : lines) {
                y += line.getAscent();
                float width = line.getAdvance();
                float x = centred ? (paperDots - width) / 2 : rightToLeft ? paperDots - width : 0;
                line.draw(graphics, x, y);
                y += line.getDescent() + line.getLeading();
            }
        } finally {
            graphics.dispose();
        }
        return new RasterBitImageWrapper().getBytes(new EscPosImage(new CoffeeImageImpl(image), new BitonalThreshold()));
    }

    private static List<TextLayout> lines(String text, Font font, boolean rightToLeft, int paperDots) {
        List<TextLayout> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            AttributedString styled = new AttributedString(paragraph);
            styled.addAttribute(TextAttribute.FONT, font);
            styled.addAttribute(TextAttribute.RUN_DIRECTION,
                    rightToLeft ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
            LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), CONTEXT);
            while (measurer.getPosition() < paragraph.length()) {
                lines.add(measurer.nextLayout(paperDots));
            }
        }
        return lines;
    }
}
