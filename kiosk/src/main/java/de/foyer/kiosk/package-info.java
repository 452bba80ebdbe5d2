/**
 * The foyer's touchscreen kiosk: check-in by QR code or booking code, walk-in tickets, seven
 * languages. KioskMain starts it; Kiosk wires the flow, the screens, the printer and the scanner.
 */
package de.foyer.kiosk;
