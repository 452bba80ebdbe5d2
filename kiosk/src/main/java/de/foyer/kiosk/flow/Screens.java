package de.foyer.kiosk.flow;

import de.foyer.kiosk.checkin.CodeEntryViewModel;
import de.foyer.kiosk.home.HomeViewModel;
import de.foyer.kiosk.refusal.RefusalViewModel;
import de.foyer.kiosk.status.ServerDownViewModel;
import de.foyer.kiosk.ticket.PrinterProblemViewModel;
import de.foyer.kiosk.ticket.TicketViewModel;
import de.foyer.kiosk.walkin.CategoriesViewModel;
import de.foyer.kiosk.walkin.DepartmentsViewModel;
import de.foyer.kiosk.walkin.PersonsViewModel;
import de.foyer.kiosk.walkin.ServicesViewModel;

/** The view model of each screen; {@link KioskViewModel} wires their buttons to its course. */
public record Screens(
        HomeViewModel home,
        CodeEntryViewModel codeEntry,
        DepartmentsViewModel departments,
        CategoriesViewModel categories,
        ServicesViewModel services,
        PersonsViewModel persons,
        TicketViewModel ticket,
        PrinterProblemViewModel printerProblem,
        RefusalViewModel refusal,
        ServerDownViewModel serverDown) {

    /** Forgets everything of the last citizen: typed code, chosen service, ticket, refusal. */
    void clearCitizen() {
        codeEntry.clear();
        services.clear();
        ticket.clear();
        printerProblem.clear();
        refusal.clear();
    }
}
