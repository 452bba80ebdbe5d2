package de.foyer.kiosk.refusal;

import java.util.Arrays;

/**
 * Why the server said no, by the contract's codes. Each has its own words on screen and its own
 * next step: the citizen should never be left with "error" and nothing to do.
 */
public enum RefusalKind {
    TOO_EARLY(NextStep.NONE),
    TOO_LATE(NextStep.WALK_IN),
    WRONG_DAY(NextStep.NONE),
    WRONG_OFFICE(NextStep.NONE),
    CANCELLED(NextStep.WALK_IN),
    ALREADY_CHECKED_IN(NextStep.NONE),
    UNKNOWN_CODE(NextStep.ENTER_CODE),
    INVALID_CODE(NextStep.ENTER_CODE),
    NO_CAPACITY_TODAY(NextStep.NONE),
    OFFICE_CLOSED(NextStep.NONE),
    /** The service was taken out of use after the list on screen was read: another one is chosen from a fresh list. */
    SERVICE_RETIRED(NextStep.WALK_IN),
    /** A code this kiosk does not know (a newer server, a wrong token): the info point helps. */
    OTHER(NextStep.NONE);

    /** The button offered besides "back to start". */
    public enum NextStep { NONE, WALK_IN, ENTER_CODE }

    private final NextStep nextStep;

    RefusalKind(NextStep nextStep) {
        this.nextStep = nextStep;
    }

    public NextStep nextStep() {
        return nextStep;
    }

    public static RefusalKind of(String code) {
        return Arrays.stream(values()).filter(kind -> kind != OTHER && kind.name().equals(code))
                .findFirst().orElse(OTHER);
    }
}
