package de.foyer.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the server's pages: templates under {@code src/main/jte}, compiled with the server, each
 * taking one view record. Nothing is compiled while the server runs.
 */
public final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The page {@code template} (e.g. "portal/start.jte") showing {@code view}. */
    public String render(String template, Object view) {
        StringOutput output = new StringOutput();
        engine.render(template, view, output);
        return output.toString();
    }
}
