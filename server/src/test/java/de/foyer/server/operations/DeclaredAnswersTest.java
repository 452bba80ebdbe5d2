package de.foyer.server.operations;

import de.foyer.server.operations.DeclaredAnswers.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check of the answers against a document of one operation: it fails on whatever the document does not declare. */
class DeclaredAnswersTest {

    private final DeclaredAnswers tiny = new DeclaredAnswers(DeclaredAnswers.parse("""
            {"openapi": "3.1.0", "paths": {"/thing": {"get": {"responses": {
              "200": {"description": "The thing.", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}}}},
              "204": {"description": "Nothing."}}}}}}
            """));

    @Test
    void aDeclaredAnswerPasses() {
        assertThat(tiny.undeclared("GET /thing", new Answer(200, "application/json", "{\"name\":\"Platz 3\"}"))).isEmpty();
        assertThat(tiny.undeclared("GET /thing", new Answer(204, "", ""))).isEmpty();
    }

    @Test
    void anUndeclaredStatus() {
        assertThat(tiny.undeclared("GET /thing", new Answer(500, "application/json", "{}"))).containsExactly("status 500 is not declared");
    }

    @Test
    void anUndeclaredContentType() {
        assertThat(tiny.undeclared("GET /thing", new Answer(200, "text/html", "<!DOCTYPE html>"))).singleElement()
                .asString().startsWith("content type 'text/html' is not declared");
    }

    @Test
    void aBodyWhereNoneIsDeclared() {
        assertThat(tiny.undeclared("GET /thing", new Answer(204, "application/json", "Redirected"))).isNotEmpty();
    }

    @Test
    void aBodyThatIsNotItsSchema() {
        assertThat(tiny.undeclared("GET /thing", new Answer(200, "application/json", "{\"name\":42}"))).isNotEmpty();
        assertThat(tiny.undeclared("GET /thing", new Answer(200, "application/json", "{}"))).isNotEmpty();
        assertThat(tiny.undeclared("GET /thing", new Answer(200, "application/json", "Redirected"))).isNotEmpty();
    }
}
