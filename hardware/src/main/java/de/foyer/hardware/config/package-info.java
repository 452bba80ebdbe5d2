/**
 * Splits the one-line device settings an installer writes (FOYER_PRINTER, FOYER_SCANNER) so that
 * printer and scanner parse them the same way.
 */
package de.foyer.hardware.config;
