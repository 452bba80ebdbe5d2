package de.foyer.server.console;

import de.foyer.server.booking.QrImage;
import de.foyer.server.catalogue.Catalogue;
import de.foyer.server.catalogue.CatalogueService;
import de.foyer.server.catalogue.Office;
import de.foyer.server.staff.Principal;
import de.foyer.server.web.ApiException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the info point hands a visitor with a ticket, and the day's no-shows it may put back in line.
 * The slip carries the number, the service and a QR code of the ticket's page; never a name.
 */
final class TicketDesk {

    record Slip(String id, String number, String serviceName, String serviceNameEn, String status, Instant issuedAt,
                String zone, String link) {
    }

    record NoShow(String id, String number, String serviceName, Instant calledAt, Instant markedAt, boolean requeued) {
    }

    record NoShows(List<NoShow> tickets) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final String publicUrl;

    TicketDesk(Jdbi jdbi, Clock clock, String publicUrl) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Slip slip(String ticketId, Principal.Clerk clerk) {
        return jdbi.withHandle(handle -> {
            TicketDeskDao.SlipRow row = new TicketDeskDao(handle).slip(ticketId).orElseThrow(TicketDesk::unknown);
            if (!row.officeId().equals(clerk.officeId())) {
                throw new ApiException(403, "OTHER_OFFICE", "This ticket belongs to another office.");
            }
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), row.officeId());
            return new Slip(row.id(), row.number(), row.serviceName(), row.serviceNameEn(), row.status(), row.issuedAt(),
                    office.timeZone(), publicUrl + "/t/" + row.linkToken());
        });
    }

    byte[] qrPng(String ticketId, Principal.Clerk clerk) {
        return QrImage.png(slip(ticketId, clerk).link());
    }

    /** Today's no-shows of the clerk's office, the latest first. */
    NoShows noShows(Principal.Clerk clerk) {
        return jdbi.withHandle(handle -> {
            Office office = CatalogueService.requireOffice(Catalogue.on(handle), clerk.officeId());
            LocalDate today = LocalDate.ofInstant(clock.instant(), office.zone());
            return new NoShows(new TicketDeskDao(handle).noShows(office.id(), today));
        });
    }

    private static ApiException unknown() {
        return ApiException.notFound("UNKNOWN_TICKET", "There is no such ticket.");
    }
}
