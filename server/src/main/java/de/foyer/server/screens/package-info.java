/**
 * The pages that follow the queue live in a plain browser: the call screen for smart TVs and
 * cheap sticks ({@code /display/{area}}) and the ticket's page on the citizen's phone
 * ({@code /t/{token}}). Plain HTML, CSS and JavaScript files, no build step; the security
 * headers forbid inline scripts and styles, so every script and style is a file of its own.
 *
 * <h2>How a TV signs in</h2>
 * A browser's EventSource cannot send an Authorization header, so a display's device token
 * travels once in the address: {@code /display/{area}?token=<device token>}. The server checks
 * it (a display device of exactly that waiting area), stores it in an HttpOnly, SameSite=Lax
 * cookie scoped to {@code /display} (Secure behind HTTPS), and redirects to the address without
 * the token, so it does not stay in the address bar. The page and its stream
 * {@code /display/{area}/stream} are then authenticated by that cookie, checked again on every
 * connect: revoking the device in the database locks the TV out at its next reconnect. A token
 * of another waiting area, or of a kiosk, is refused. Scripts never see the token. Lax rather than
 * Strict, so that a link to the screen followed from another site (the intranet, an e-mail) still
 * lands signed in; nothing under {@code /display} changes anything, so there is nothing to forge.
 *
 * <h2>Streams</h2>
 * The browser call screen's stream sends exactly the events of {@code /api/v1/display/stream}
 * for that area ({@code state}, then {@code call} and {@code recall}), plus a named
 * {@code ping} with the server's time every 15 seconds. EventSource hides SSE comments, so
 * the ping is what lets the page's watchdog tell a quiet office from a dead connection (it
 * reconnects after 30 seconds of silence); it also sets the screen's clock to the server's.
 * The ticket page's stream sends the ticket's {@code state} on connect and whenever a change
 * in its office alters what the page shows, plus the same {@code ping}. Both run on the one
 * stream hub of {@code events} (each ticket is an audience of its own): a client joins its
 * audience before its state is loaded, so no change is lost and no older state overtakes a newer
 * one, and a client that stops reading is cut off. The server closes the streams before it stops.
 *
 * <h2>What the pages show</h2>
 * Numbers, counters, places in line and waits: never a name or an e-mail address. A link token
 * carries 256 random bits; a guessed or altered one gets a 404 (a friendly page, or the
 * contract's JSON error on the stream). People-facing texts live in the {@code screens/texts}
 * bundles, German first with English beside it.
 */
package de.foyer.server.screens;
