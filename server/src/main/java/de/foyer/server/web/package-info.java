/**
 * What every route and page shares: the template engine, the pages' words, errors as the
 * contract's JSON, reading bodies strictly, security headers, rate limits and request logs that
 * hold no personal data.
 *
 * <p>Pages are written in jte, precompiled with the server: a template declares the typed view
 * record it shows, so a template that names a missing field fails the build instead of a request,
 * and every value is escaped by the HTML content type unless a template says otherwise. JStachio
 * (Mustache) was the other candidate; jte was chosen because its templates are plain Java
 * expressions over records (loops, conditions and calls to a text lookup need no extra lambdas or
 * partials), and because calls between templates are typed as well.
 */
package de.foyer.server.web;
