package de.foyer.server.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the W3C's HTML validator) run in the test's own JVM, with its schemas from
 * its jar: no network. Errors only; its warnings are advice, not invalid markup.
 */
public final class HtmlChecker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final Collector collector = new Collector();

    public HtmlChecker() {
        try {
            validator.setUpMainSchema(HTML5_SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("The HTML checker could not load its schema", e);
        }
    }

    /** The checker's errors for a page, each as "line:column message"; empty for a valid page. */
    public List<String> errors(String html) {
        collector.errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            collector.errors.add("unreadable: " + e.getMessage());
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
