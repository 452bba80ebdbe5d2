/**
 * Barcode scanners as the kiosk sees them: a port that delivers scanned codes and connection
 * changes, with adapters for serial scanners and keyboard-wedge scanners, and a fake for tests.
 * A serial scanner that went away is reopened with the backoff of {@code protocol}'s
 * {@link de.foyer.protocol.retry.Backoff}: hardware depends on protocol for that one class, and
 * protocol depends on no other Foyer module.
 */
package de.foyer.hardware.scanner;
