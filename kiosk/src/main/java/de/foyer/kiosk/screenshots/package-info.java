/**
 * The screenshot tour ({@code ./foyer kiosk --screenshots DIR}): every screen in both layouts with
 * sample data, drawn headless into PNG files, so the screens can be reviewed without a kiosk.
 */
package de.foyer.kiosk.screenshots;
