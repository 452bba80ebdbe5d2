/**
 * The ways ticket bytes reach a printer (network, serial line, device file, folder), each with
 * bounded waiting, so that a printer that is off or stuck makes a print fail instead of hang.
 */
package de.foyer.hardware.printer.transport;
