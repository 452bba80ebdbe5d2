/** The home screen: appointment or not, the hint to scan, and the choice of language. */
package de.foyer.kiosk.home;
