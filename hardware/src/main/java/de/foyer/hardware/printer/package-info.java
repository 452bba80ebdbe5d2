/**
 * The ticket printer as the kiosk sees it: a port ({@link de.foyer.hardware.printer.TicketPrinter}),
 * the pure ESC/POS rendering of a ticket, the printer's status, and the adapters chosen by configuration.
 */
package de.foyer.hardware.printer;
