package de.foyer.server.events;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everyone who follows one thing (a waiting area, an office's queue, a ticket): the connections,
 * the audience's sequence of messages, and the latest of them for clients that come back with a
 * {@code Last-Event-ID}. Joining and publishing take the same lock, so a joining client's place
 * in the sequence is exact: it gets every message after the one it was told about.
 */
final class Audience {

    private final String incarnation;
    private final int kept;
    private final Consumer<List<StreamConnection>> writers;
    private final Set<StreamConnection> members = ConcurrentHashMap.newKeySet();
    private final Deque<SseMessage> recent = new ArrayDeque<>();
    private long sequence;

    /** {@code incarnation} makes ids unique across restarts and across audiences that were dropped and made again. */
    Audience(String incarnation, int kept, Consumer<List<StreamConnection>> writers) {
        this.incarnation = incarnation;
        this.kept = kept;
        this.writers = writers;
    }

    /** Joins; the state the client is then given must be at least as new as the returned id. */
    synchronized String join(StreamConnection connection) {
        members.add(connection);
        return id(sequence);
    }

    /**
     * Joins after the message the client saw last and returns what it missed, if this audience
     * still has all of it; otherwise (null) the client needs a fresh state and has not joined.
     */
    synchronized List<byte[]> resume(StreamConnection connection, String lastEventId) {
        String prefix = incarnation + ".";
        if (lastEventId == null || !lastEventId.startsWith(prefix)) {
            return null;
        }
        long seen;
        try {
            seen = Long.parseLong(lastEventId.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
        long oldestKept = recent.isEmpty() ? sequence + 1 : recent.peekFirst().sequence();
        if (seen > sequence || seen + 1 < oldestKept) {
            return null;
        }
        members.add(connection);
        List<byte[]> missed = new ArrayList<>();
        for (SseMessage message : recent) {
            if (message.sequence() > seen) {
                missed.add(message.bytes());
            }
        }
        return missed;
    }

    void leave(StreamConnection connection) {
        members.remove(connection);
    }

    /**
     * Numbers the message, keeps it for replay and queues it for every member; never blocks on a
     * client. The writing itself is handed to the hub's writers, outside the lock.
     */
    void publish(String event, String json) {
        Map<StreamConnection, StreamConnection.Ending> ending = new HashMap<>();
        List<StreamConnection> toWrite = new ArrayList<>();
        synchronized (this) {
            sequence++;
            SseMessage message = SseMessage.event(sequence, id(sequence), event, json);
            recent.addLast(message);
            while (recent.size() > kept) {
                recent.removeFirst();
            }
            for (StreamConnection member : members) {
                StreamConnection.Ending why = member.enqueue(message.bytes());
                if (why != null) {
                    ending.put(member, why);
                } else if (member.claimWrite()) {
                    toWrite.add(member);
                }
            }
        }
        // Outside the lock: ending a connection leaves this audience.
        ending.forEach((member, why) -> member.close(why));
        if (!toWrite.isEmpty()) {
            writers.accept(toWrite);
        }
    }

    /** A message outside the sequence (a ping): not kept, no id; a named ping tells the time in the member's zone. */
    void broadcast(Function<ZoneId, byte[]> named, byte[] comment) {
        for (StreamConnection member : members) {
            member.send(member.pingZone().map(named).orElse(comment));
        }
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    int size() {
        return members.size();
    }

    Set<StreamConnection> members() {
        return members;
    }

    private String id(long number) {
        return incarnation + "." + number;
    }
}
