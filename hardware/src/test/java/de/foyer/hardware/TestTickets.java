package de.foyer.hardware;

import de.foyer.hardware.printer.Ticket;
import java.time.LocalDateTime;

/** Tickets for tests, with the German characters that must survive the code page. */
public final class TestTickets {

    public static final String LINK = "https://termine.musterstadt.de/t/A017?k=Xy12Zq";

    private TestTickets() {
    }

    public static Ticket sample() {
        return withNumber("A017");
    }

    public static Ticket withNumber(String number) {
        return new Ticket("Bürgerbüro Musterstadt", number, "Personalausweis beantragen",
                "Wartebereich Süd, Hauptstraße 5", LocalDateTime.of(2025, 11, 24, 9, 41), 15,
                "Gebühr: 37,00 € – bitte Ausweis und Foto bereithalten.", LINK);
    }

    /** A ticket of a few hundred kilobytes, to fill socket buffers. */
    public static Ticket huge() {
        Ticket sample = sample();
        return new Ticket(sample.officeName(), sample.number(), sample.serviceName(), sample.waitingAreaName(),
                sample.issuedAt(), sample.estimatedWaitMinutes(), "Bitte warten Sie. ".repeat(15_000), LINK);
    }
}
