/**
 * The home screen: the welcome (with the office's name when the kiosk serves one), appointment or
 * not, the hint to scan, and the choice of language.
 */
package de.foyer.kiosk.home;
