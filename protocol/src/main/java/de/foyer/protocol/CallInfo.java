package de.foyer.protocol;

import java.time.OffsetDateTime;

/** One line of a call screen: number to counter. Never a name. */
public record CallInfo(String ticket, String counter, OffsetDateTime calledAt, int recalls) {
}
