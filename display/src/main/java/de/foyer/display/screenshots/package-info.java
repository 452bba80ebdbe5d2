/**
 * Pictures of the call screen for people to look at: sample days fed to the real view model and
 * view, rendered off screen in landscape and portrait and written as PNGs. Needs neither a server
 * nor a display (the headless Monocle platform renders in software).
 */
package de.foyer.display.screenshots;
