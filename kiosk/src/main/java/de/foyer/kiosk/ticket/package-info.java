/**
 * The issued ticket: on paper with its answer on screen, or, when the printer cannot print, on
 * screen only, with a QR code of its live page; and how a ticket is handed to the printer.
 */
package de.foyer.kiosk.ticket;
