package de.foyer.server.portal;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

    private final Texts texts = new Texts();
    private final Templates templates = new Templates(texts);

    @Test
    void valuesAndTextsAreEscapedAndOnlyFragmentsAreInsertedAsMarkup() {
        String page = templates.render("message", Language.DE, Map.of("heading", "<script>alert(1)</script>", "text", "\"&'"));

        assertThat(page).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>").contains("&quot;&amp;&#39;")
                .contains("Zur Startseite").doesNotContain("<script>");
        String service = templates.render("service", Language.EN, Map.of("backUrl", "/", "categoryName", "ID card",
                "serviceName", "<i>x</i>", "information", "Bring: a photo.", "minutes", "15", "action", "<a class=\"button\">Go</a>"));
        assertThat(service).contains("&lt;i&gt;x&lt;/i&gt;").contains("<a class=\"button\">Go</a>").contains("about 15 minutes");
    }

    @Test
    void aMissingValueFailsInsteadOfShowingAPlaceholder() {
        assertThatThrownBy(() -> templates.render("message", Language.DE, Map.of("heading", "x")))
                .hasMessageContaining("'text'");
    }

    @Test
    void bothLanguagesHaveTheSameTexts() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Set<String> german = ResourceBundle.getBundle("portal.texts", Locale.GERMAN, exact).keySet();
        Set<String> english = ResourceBundle.getBundle("portal.texts", Locale.ENGLISH, exact).keySet();
        assertThat(english).isEqualTo(german);
    }
}
