/**
 * The kiosk that speaks (EN 301 549 §5.1.3, closed functionality): for a citizen who cannot see the
 * screen, a speech mode reads each screen and its choices aloud and lets them be chosen with a
 * numeric keypad or the arrow keys. It is started by the keypad's 5 (the key with the raised dot),
 * an arrow key, F1 or {@code *}, or by holding a finger on the screen; it ends with the citizen's
 * visit. What is read is taken from the screen as drawn (its title, its texts, its buttons in
 * order), so every screen speaks without a second description that could drift from it. The voice
 * is behind {@link de.foyer.kiosk.speech.Speaker}: espeak-ng from Debian where installed, silence
 * elsewhere, a recording in tests.
 */
package de.foyer.kiosk.speech;
