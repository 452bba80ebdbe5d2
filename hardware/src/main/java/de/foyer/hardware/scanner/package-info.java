/**
 * Barcode scanners as the kiosk sees them: a port that delivers scanned codes and connection
 * changes, with adapters for serial scanners and keyboard-wedge scanners, and a fake for tests.
 */
package de.foyer.hardware.scanner;
