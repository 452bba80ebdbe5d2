package de.foyer.kiosk.flow;

import de.foyer.kiosk.refusal.Refusal;
import de.foyer.kiosk.server.OfficeData;
import de.foyer.kiosk.ticket.TicketResult;

import java.util.List;
import java.util.Map;

/** What came of asking the server (and the printer), to be shown on the UI thread. */
sealed interface Outcome {

    /** The server issued a ticket; {@link TicketResult#printed()} says whether it is on paper. */
    record Issued(TicketResult result) implements Outcome {
    }

    record Refused(Refusal refusal) implements Outcome {
    }

    /** No answer: nothing was issued that the kiosk knows of, so nothing is promised. */
    record Unreachable() implements Outcome {
    }

    /**
     * What the walk-in screens show: the kiosk's offices with their catalogues, its first office first
     * and never none, and the current waits by service id (empty when unknown).
     */
    record Catalogue(List<OfficeData> offices, Map<String, Integer> waits) implements Outcome {
        public Catalogue {
            offices = List.copyOf(offices);
            if (offices.isEmpty()) {
                throw new IllegalArgumentException("A catalogue of no office");
            }
        }
    }
}
