/**
 * What is said when a number is called, in German and in the called citizen's language: shared by
 * the call screen on a device, which speaks it, and the server, which hands it to the browser
 * call screen.
 */
package de.foyer.protocol.voice;
