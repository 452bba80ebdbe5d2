package de.foyer.server.staff;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/**
 * Who works for an office, by name: for other features' pages, e.g. the audit log's choice of a
 * person; and how another feature adds a clerk.
 */
public final class ClerkDirectory {

    /** A clerk as other pages name them; nothing about their password or sessions. */
    public record Person(String username, String displayName) {
    }

    private final Jdbi jdbi;

    public ClerkDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Person> ofOffice(String officeId) {
        return jdbi.withHandle(handle -> new ClerkDao(handle).ofOffice(officeId).stream()
                .map(clerk -> new Person(clerk.username(), clerk.displayName())).toList());
    }

    /**
     * Adds an account on the caller's own transaction: the demo office's clerks are seeded together
     * with the office, or not at all.
     */
    public void add(Handle handle, ClerkAccount account) {
        new ClerkDao(handle).insert(account);
    }
}
