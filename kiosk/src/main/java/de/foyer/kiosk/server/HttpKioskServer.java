package de.foyer.kiosk.server;

import de.foyer.kiosk.text.Language;
import de.foyer.kiosk.text.LocalizedName;
import de.foyer.protocol.DeviceInfo;
import de.foyer.protocol.IssueTicketRequest;
import de.foyer.protocol.OfficeInfo;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.WaitingTimes;
import de.foyer.protocol.client.ServerClient;
import de.foyer.protocol.client.ServerRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The kiosk's questions put to the server over the HTTP contract. */
public final class HttpKioskServer implements KioskServer {

    private static final Logger LOG = LoggerFactory.getLogger(HttpKioskServer.class);

    private final ServerClient client;
    private final CheckInCall checkIns;
    private final String onlyOffice;
    private final URI base;

    /**
     * {@code base} is where the kiosk reaches the server; ticket links are made absolute against it.
     * {@code office} limits the kiosk to that one office; null serves the offices the server names for
     * this kiosk's token, so staff add an office to a kiosk without touching the kiosk.
     */
    public HttpKioskServer(URI base, String token, Duration timeout, String office) {
        this.client = new ServerClient(base, token, timeout);
        this.checkIns = new CheckInCall(base, token, timeout);
        this.onlyOffice = office;
        this.base = base;
    }

    @Override
    public List<OfficeData> offices() throws IOException, Refused {
        try {
            Map<String, OfficeInfo> known = client.offices().offices().stream()
                    .collect(Collectors.toMap(OfficeInfo::id, info -> info, (first, second) -> first));
            if (onlyOffice != null) {
                OfficeInfo info = known.get(onlyOffice);
                if (info == null) {
                    throw new Refused("UNKNOWN_OFFICE", "The server has no office " + onlyOffice);
                }
                return List.of(officeData(info));
            }
            List<OfficeData> offices = new ArrayList<>();
            for (String id : served()) {
                OfficeInfo info = known.get(id);
                if (info == null) {
                    // Retired, say, while the kiosk still lists it: the other offices stay usable.
                    LOG.warn("The server names office {} for this kiosk but does not list it; left out", id);
                } else {
                    offices.add(officeData(info));
                }
            }
            if (offices.isEmpty()) {
                throw new Refused("UNKNOWN_OFFICE", "The server lists none of this kiosk's offices");
            }
            return offices;
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    private List<String> served() throws IOException, ServerRefusal, Refused {
        DeviceInfo me = client.me();
        if (me == null || me.offices() == null || me.offices().isEmpty()) {
            throw new Refused("UNKNOWN_OFFICE", "The server names no office for this kiosk");
        }
        return me.offices();
    }

    private OfficeData officeData(OfficeInfo info) throws IOException, ServerRefusal {
        Map<String, LocalizedName> areas = info.waitingAreas() == null ? Map.of() : info.waitingAreas().stream()
                .collect(Collectors.toMap(OfficeInfo.WaitingAreaInfo::id, area -> new LocalizedName(area.name(), area.names())));
        List<OfficeData.Category> categories = client.services(info.id()).categories().stream()
                .map(category -> new OfficeData.Category(category.id(), name(category.name(), category.nameEn(), category.names()),
                        category.services().stream().map(HttpKioskServer::service).toList()))
                .toList();
        return new OfficeData(info.id(), info.name(), areas, categories);
    }

    private static OfficeData.Service service(ServiceCatalogue.Service service) {
        return new OfficeData.Service(service.id(), name(service.name(), service.nameEn(), service.names()));
    }

    /** Every language the server keeps; a server from before the catalogue's languages sends German and English only. */
    private static LocalizedName name(String german, String english, Map<String, String> names) {
        return names == null || names.isEmpty() ? new LocalizedName(german, english)
                : new LocalizedName(names.getOrDefault("de", german), names);
    }

    @Override
    public Map<String, Integer> waits(String office) throws IOException, Refused {
        try {
            return client.waits(office).services().stream()
                    .collect(Collectors.toMap(WaitingTimes.ServiceWait::service, WaitingTimes.ServiceWait::estimatedWaitMinutes,
                            (first, second) -> first));
        } catch (ServerRefusal refusal) {
            throw refused(refusal);
        }
    }

    @Override
    public IssuedTicket checkIn(String scan, Language language) throws IOException, Refused {
        return issued(checkIns.checkIn(scan, language.tag()));
    }

    @Override
    public IssuedTicket issueTicket(String office, String service, int persons, Language language)
            throws IOException, Refused {
        try {
            return issued(client.issueTicket(new IssueTicketRequest(office, service, persons, language.tag())));
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
