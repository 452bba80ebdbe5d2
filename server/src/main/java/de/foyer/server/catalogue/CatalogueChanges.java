package de.foyer.server.catalogue;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Writes to the catalogue, on the caller's transaction: the settings check and audit a change, and
 * the catalogue stores it. Nothing here checks rights or input; the caller has.
 */
public interface CatalogueChanges {

    static CatalogueChanges on(Handle handle) {
        return new CatalogueDao(handle);
    }

    /** A new office, with the given id; its catalogue starts empty. */
    void addOffice(Office office);

    void addWaitingArea(WaitingArea area);

    /** A new counter at the end of the office's list, closed, serving these services. */
    void addCounter(String counterId, String officeId, String name, String waitingAreaId, Collection<String> services);

    /** Holds the office until the transaction ends: one import or change of its catalogue at a time. */
    void lockOffice(String officeId);

    /** Stores the office's name, contact, state and time zone as given (by its id). */
    void changeOffice(Office office);

    /** Creates the service at the end of the office's list, or changes it where it stands (offered again when not retired). */
    void saveService(Service service);

    /** Creates the category at the end of the office's list. */
    void addCategory(Category category);

    void renameCategory(String categoryId, String name, Translations names);

    /** Renames the counter, moves it to the waiting area, and makes it serve exactly these services. */
    void changeCounter(String counterId, String name, String waitingAreaId, Collection<String> services);

    /** The weekdays' opening hours become these periods; weekdays not named keep theirs. */
    void replaceOpeningHours(String officeId, Collection<Integer> weekdays, List<OpeningHours> periods);

    /** Marks the day closed, or changes the reason if it was already. */
    void putClosure(String officeId, Closure closure);

    /** False if the office was not marked closed that day. */
    boolean removeClosure(String officeId, LocalDate day);

    /** The office is closed for good from this moment's day on; false if it was retired already. */
    boolean retireOffice(String officeId, Instant at);

    /** A retired office opens again, with its hours as they were; false if it was not retired. */
    boolean reinstateOffice(String officeId);

    /** The service is offered no more from this moment; nothing that refers to it changes. */
    void retireService(String serviceId, Instant at);

    /** The counter is out of service from this moment; its history stays. */
    void retireCounter(String counterId, Instant at);

    /** A retired service is offered again, as it was. */
    void reinstateService(String serviceId);

    /** A retired counter is in service again, closed, as it was. */
    void reinstateCounter(String counterId);
}
