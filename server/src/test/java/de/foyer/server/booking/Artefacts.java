package de.foyer.server.booking;

import de.foyer.hardware.qr.QrCodes;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;

/** Reads what a confirmation hands out the way a phone's scanner and a calendar program would. */
public final class Artefacts {

    private Artefacts() {
    }

    public static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return QrCodes.decode(image).orElseThrow(() -> new AssertionError("no QR code in the image"));
    }

    public static VEvent event(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        return calendar.<VEvent>getComponents().stream().filter(VEvent.class::isInstance).findFirst().orElseThrow();
    }

    public static Instant start(VEvent event) {
        Temporal start = event.<Temporal>getStartDate().orElseThrow().getDate();
        return Instant.from(start);
    }
}
