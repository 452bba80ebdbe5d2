package de.foyer.protocol;

import java.util.List;

/** The full picture a call screen shows, newest call first; sent on every (re)connect. */
public record DisplayState(String waitingArea, String waitingAreaName, List<CallInfo> calls) {
}
