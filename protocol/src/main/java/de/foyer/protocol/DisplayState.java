package de.foyer.protocol;

import java.util.List;

/**
 * The full picture a call screen shows, newest call first, with the office's notices for the
 * waiting room; sent on every (re)connect.
 */
public record DisplayState(String waitingArea, String waitingAreaName, List<CallInfo> calls, List<Notice> notices) {

    /** A line the office shows below the calls, in German and (when written) English. */
    public record Notice(String id, String text, String textEn) {
    }

    /** The notices of a screen as they stand after a change: the {@code notices} event, replacing the old ones. */
    public record Notices(List<Notice> notices) {

        public Notices {
            notices = notices == null ? List.of() : List.copyOf(notices);
        }
    }

    public DisplayState {
        calls = calls == null ? List.of() : List.copyOf(calls);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A state without notices: from servers that send none, and for screens before the notices are read. */
    public DisplayState(String waitingArea, String waitingAreaName, List<CallInfo> calls) {
        this(waitingArea, waitingAreaName, calls, List.of());
    }

    public DisplayState withNotices(List<Notice> notices) {
        return new DisplayState(waitingArea, waitingAreaName, calls, notices);
    }
}
