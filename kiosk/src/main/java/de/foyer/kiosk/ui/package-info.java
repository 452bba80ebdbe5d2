/**
 * What all screens share: the two layouts (portrait and landscape), the building blocks of a
 * screen, QR images, and the style sheet with its high contrast and large touch targets.
 */
package de.foyer.kiosk.ui;
