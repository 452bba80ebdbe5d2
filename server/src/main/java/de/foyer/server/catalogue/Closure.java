package de.foyer.server.catalogue;

import java.time.LocalDate;

/** A day the office is closed, with the reason it gives. */
public record Closure(LocalDate day, String reason) {
}
