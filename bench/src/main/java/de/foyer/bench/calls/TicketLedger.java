package de.foyer.bench.calls;

import de.foyer.bench.BenchFailure;
import de.foyer.bench.server.OfficeLoad;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a run of calls against the database: every ticket called exactly once, none left
 * waiting, each clerk's answers adding up to the same tickets. Any difference ends the run loudly.
 */
final class TicketLedger {

    private TicketLedger() {
    }

    static void verify(OfficeLoad load, int tickets, Collection<String> calledIds) {
        Set<String> distinct = new HashSet<>(calledIds);
        if (distinct.size() != calledIds.size()) {
            throw new BenchFailure((calledIds.size() - distinct.size()) + " tickets were handed to two clerks");
        }
        int waiting = load.count("SELECT count(*) FROM tickets WHERE status = 'WAITING'");
        int calls = load.count("SELECT count(*) FROM calls");
        int calledTickets = load.count("SELECT count(DISTINCT ticket_id) FROM calls");
        int done = load.count("SELECT count(*) FROM tickets WHERE status = 'DONE'");
        List<String> problems = new java.util.ArrayList<>();
        if (calledIds.size() != tickets) {
            problems.add("the clerks were given " + calledIds.size() + " tickets, not " + tickets);
        }
        if (waiting != 0) {
            problems.add(waiting + " tickets are still waiting");
        }
        if (calls != tickets || calledTickets != tickets) {
            problems.add("the database holds " + calls + " calls of " + calledTickets + " tickets, not " + tickets + " of " + tickets);
        }
        if (done != tickets) {
            problems.add(done + " tickets are done, not " + tickets);
        }
        Set<String> inDatabase = new HashSet<>(load.ids("SELECT ticket_id FROM calls"));
        if (!inDatabase.equals(distinct)) {
            problems.add("the tickets the clerks were given differ from the calls in the database");
        }
        if (!problems.isEmpty()) {
            throw new BenchFailure("tickets lost or duplicated: " + String.join("; ", problems));
        }
    }
}
