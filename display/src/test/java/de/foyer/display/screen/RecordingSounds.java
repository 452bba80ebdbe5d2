package de.foyer.display.screen;

import de.foyer.display.sound.Announcer;
import de.foyer.display.sound.CallSignal;
import de.foyer.display.sound.Chime;
import de.foyer.protocol.CallInfo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the speakers: remembers every chime and announcement, in order. */
public final class RecordingSounds implements Chime, Announcer {

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final List<CallInfo> announced = new CopyOnWriteArrayList<>();

    @Override
    public void play() {
        heard.add("chime");
    }

    @Override
    public void announce(CallInfo call) {
        heard.add(call.ticket() + "→" + call.counter() + (call.recalls() > 0 ? " again" : ""));
        announced.add(call);
    }

    /** A signal that sounds on the caller's thread, so a test sees the sounds at once. */
    public CallSignal signal() {
        return new CallSignal(this, this, Runnable::run);
    }

    /** The calls announced, as the screen passed them to the voice. */
    public List<CallInfo> announced() {
        return List.copyOf(announced);
    }

    public List<String> heard() {
        return List.copyOf(heard);
    }

    public long chimes() {
        return heard.stream().filter("chime"::equals).count();
    }
}
