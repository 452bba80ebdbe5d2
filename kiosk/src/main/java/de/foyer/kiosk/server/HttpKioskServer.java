package de.foyer.kiosk.server;

import de.foyer.kiosk.text.LocalizedName;
import de.foyer.protocol.OfficeInfo;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.WaitingTimes;
import de.foyer.protocol.client.ServerClient;
import de.foyer.protocol.client.ServerRefusal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The kiosk's questions put to the server over the HTTP contract. */
public final class HttpKioskServer implements KioskServer {

    private final ServerClient client;
    private final CheckInCall checkIns;
    private final String office;
    private final URI base;

    /** {@code base} is where the kiosk reaches the server; ticket links are made absolute against it. */
    public HttpKioskServer(URI base, String token, Duration timeout, String office) {
        this.client = new ServerClient(base, token, timeout);
        this.checkIns = new CheckInCall(base, token, timeout);
        this.office = office;
        this.base = base;
    }

    @Override
    public OfficeData officeData() throws IOException, Refused {
        try {
            OfficeInfo info = client.offices().offices().stream().filter(candidate -> candidate.id().equals(office))
                    .findFirst().orElseThrow(() -> new Refused("UNKNOWN_OFFICE", "The server has no office " + office));
            Map<String, String> areas = info.waitingAreas() == null ? Map.of() : info.waitingAreas().stream()
                    .collect(Collectors.toMap(OfficeInfo.WaitingAreaInfo::id, OfficeInfo.WaitingAreaInfo::name));
            List<OfficeData.Category> categories = client.services(office).categories().stream()
                    .map(category -> new OfficeData.Category(category.id(), new LocalizedName(category.name(), category.nameEn()),
                            category.services().stream().map(HttpKioskServer::service).toList()))
                    .toList();
            return new OfficeData(info.name(), areas, categories);
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    private static OfficeData.Service service(ServiceCatalogue.Service service) {
        return new OfficeData.Service(service.id(), new LocalizedName(service.name(), service.nameEn()));
    }

    @Override
    public Map<String, Integer> waits() throws IOException, Refused {
        try {
            return client.waits(office).services().stream()
                    .collect(Collectors.toMap(WaitingTimes.ServiceWait::service, WaitingTimes.ServiceWait::estimatedWaitMinutes,
                            (first, second) -> first));
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    @Override
    public IssuedTicket checkIn(String scan) throws IOException, Refused {
        return issued(checkIns.checkIn(scan));
    }

    @Override
    public IssuedTicket issueTicket(String service, int persons) throws IOException, Refused {
        try {
            return issued(client.issueTicket(service, persons));
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    @Override
    public void heartbeat(String printerStatus) throws IOException, Refused {
        try {
            client.heartbeat(printerStatus);
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    private static Refused refused(ServerRefusal refusal) {
        return new Refused(refusal.code(), refusal.getMessage());
    }

    private IssuedTicket issued(TicketIssued issued) throws IOException {
        if (issued == null || issued.ticket() == null || issued.ticket().number() == null) {
            throw new IOException("The server answered without a ticket");
        }
        TicketInfo ticket = issued.ticket();
        String link = ticket.link() == null ? base.toASCIIString() : base.resolve(ticket.link()).toASCIIString();
        return new IssuedTicket(ticket.number(), ticket.service(), ticket.waitingArea(), link,
                local(ticket.issuedAt() == null ? OffsetDateTime.now() : ticket.issuedAt()),
                ticket.appointmentAt() == null ? null : local(ticket.appointmentAt()),
                issued.estimatedWaitMinutes());
    }

    /** The server sends times with the office's offset; the kiosk stands in that office. */
    private static LocalDateTime local(OffsetDateTime time) {
        return time.toLocalDateTime();
    }
}
