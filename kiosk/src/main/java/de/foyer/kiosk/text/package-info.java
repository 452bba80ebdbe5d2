/**
 * The kiosk's languages and the words it shows in each, from UTF-8 resource bundles: German first,
 * then English, Turkish, Arabic (right to left), Ukrainian, Russian and Polish.
 */
package de.foyer.kiosk.text;
