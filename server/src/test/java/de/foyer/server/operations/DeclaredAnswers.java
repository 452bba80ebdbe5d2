package de.foyer.server.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an OpenAPI document declares that an operation answers: a real answer is checked for a
 * declared status, a declared content type and, for JSON, a body valid against the declared
 * schema (JSON Schema 2020-12, as OpenAPI 3.1 writes it).
 */
final class DeclaredAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** What the server sent: the status, the media type without parameters, the body as text. */
    record Answer(int status, String contentType, String body) {
    }

    private final JsonNode document;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Each schema is compiled once: the document is large, and many answers share a schema.
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    DeclaredAnswers(JsonNode document) {
        this.document = document;
    }

    /** The operations of the document by "METHOD /path", e.g. "GET /t/{token}". */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.put(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
            }
        }));
        return operations;
    }

    /** Everything about the answer that the document does not declare for the operation; empty when it all is. */
    List<String> undeclared(String operation, Answer answer) {
        List<String> problems = new ArrayList<>();
        JsonNode declared = operations().get(operation);
        if (declared == null) {
            problems.add("the document has no operation " + operation);
            return problems;
        }
        String status = String.valueOf(answer.status());
        JsonNode response = resolve(declared.path("responses").path(status));
        if (response.isMissingNode()) {
            problems.add("status " + status + " is not declared");
            return problems;
        }
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            if (!answer.body().isEmpty()) {
                problems.add("status " + status + " declares no content, but a body came");
            }
            return problems;
        }
        if (!content.has(answer.contentType())) {
            problems.add("content type '" + answer.contentType() + "' is not declared for " + status + " (declared: " + names(content) + ")");
            return problems;
        }
        if (answer.contentType().equals("application/json")) {
            problems.addAll(schemaErrors(operation, status, answer.body()));
        }
        return problems;
    }

    private List<String> schemaErrors(String operation, String status, String body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema(operation, status, "application/json").validate(tree)) {
            errors.add("schema: " + message.getMessage());
        }
        return errors;
    }

    /** The declared schema of one answer, inside a copy of the document so that its references resolve. */
    JsonSchema schema(String operation, String status, String contentType) {
        return compiled.computeIfAbsent(operation + " " + status + " " + contentType, key -> compile(operation, status, contentType));
    }

    private JsonSchema compile(String operation, String status, String contentType) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase();
        String path = operation.substring(operation.indexOf(' ') + 1);
        JsonNode response = operations().get(operation).path("responses").path(status);
        String pointer = response.has("$ref")
                ? response.path("$ref").asText().substring(1)
                : "/paths/" + escape(path) + "/" + method + "/responses/" + status;
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#" + pointer + "/content/" + escape(contentType) + "/schema");
        root.set("paths", document.path("paths"));
        root.set("components", document.path("components"));
        return schemas.getSchema(root);
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static String escape(String pointerPart) {
        return pointerPart.replace("~", "~0").replace("/", "~1");
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
