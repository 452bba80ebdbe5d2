/**
 * The booking portal: the pages citizens book their appointments in, from the categories through
 * the service's information, the number of persons or documents, the calendar and the times to the
 * form and the booking's own page; and the privacy notice. Server-rendered HTML, one CSS file and
 * two small scripts, no build step; the security headers forbid inline scripts and styles.
 *
 * <h2>Progressive enhancement</h2>
 * Every step is a plain link or a GET form, and booking is a form post, so the path works without
 * script, with one exception: the proof of work. {@code book.js} stops the form's submission,
 * fetches {@code GET /api/v1/bookings/challenge}, finds the number (Web Crypto's SHA-256, or a small
 * SHA-256 of its own on plain-HTTP addresses, where browsers offer no Web Crypto), puts salt and
 * number into two hidden fields and sends the form. Meanwhile the page says "Ihre Buchung wird
 * vorbereitet …". {@code portal.js} only adds a print button and focuses the error summary.
 *
 * <h2>Why the form posts to a page route</h2>
 * {@code POST /services/{service}/booking} calls the booking service in-process, with exactly the
 * checks of {@code POST /api/v1/bookings} (the proof, the online quota, the limit per mailbox). So
 * the server answers in HTML: a problem shows the form again with an error summary, the messages in
 * the citizen's language and everything typed kept; SLOT_TAKEN shows the form with the next free
 * times of that day as choices; success redirects (303) to the booking's page, so reloading never
 * books twice. Had the script posted JSON to the API, it would have had to render all of that
 * itself. The page routes have their own budget of requests per address, as the API has.
 *
 * <h2>The booking's page, moving and cancelling</h2>
 * The link in the mails, {@code /booking/{code}?token=…}, carries the booking's cancel token; the
 * page shows the booking (with the name: the token proves the right to see it) only with that token,
 * and a 404 that tells nothing otherwise. Opening it never changes anything, because mail scanners
 * open links: cancelling is a POST from the page's button carrying the token, which also serves as
 * the form's CSRF token (no other site knows it). Moving goes through the calendar again with the
 * booking's code and token in the address; the new time is booked first, and the old one cancelled
 * only when that succeeded.
 *
 * <h2>Language, escaping, privacy</h2>
 * German first; {@code ?lang=en} or the {@code foyer_lang} cookie switch to English, and
 * {@code <html lang>} follows. Texts live in {@code portal/texts_de.properties} and {@code _en}.
 *
 * <h2>Pages</h2>
 * Each page is a jte template under {@code src/main/jte/portal/}, compiled with the server, taking a
 * {@link de.foyer.server.portal.Page}: the layout's frame and the page's own view record. Java decides
 * what a page shows and builds no markup; the templates look up the texts in the page's one language
 * ({@link de.foyer.server.portal.PortalWords}) and escape every value, so a name like {@code <script>}
 * is shown as text everywhere. Pages are never cached ({@code no-store}) and
 * never indexed; codes and tokens stay out of the log.
 */
package de.foyer.server.portal;
