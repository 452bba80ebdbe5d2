/**
 * The call screen: {@link de.foyer.display.screen.CallScreenViewModel} holds what the screen shows
 * and decides when it blinks, chimes or admits that its connection is gone (plain JavaFX
 * properties, no controls, tested without a toolkit); {@link de.foyer.display.screen.CallScreenView}
 * draws it, sized by the screen; {@link de.foyer.display.screen.CallFeed} turns the server's event
 * stream into view-model updates on the FX thread.
 */
package de.foyer.display.screen;
