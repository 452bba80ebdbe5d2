package de.foyer.server.operations;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.foyer.protocol.ApiError;
import de.foyer.protocol.CallInfo;
import de.foyer.protocol.CounterInfo;
import de.foyer.protocol.DeviceRegistration;
import de.foyer.protocol.DisplayState;
import de.foyer.protocol.Heartbeat;
import de.foyer.protocol.DeviceInfo;
import de.foyer.protocol.IssueTicketRequest;
import de.foyer.protocol.Login;
import de.foyer.protocol.OfficeInfo;
import de.foyer.protocol.QueueView;
import de.foyer.protocol.ServiceCatalogue;
import de.foyer.protocol.TicketInfo;
import de.foyer.protocol.TicketIssued;
import de.foyer.protocol.TransferRequest;
import de.foyer.protocol.WaitingTimes;
import de.foyer.protocol.WireJson;
import de.foyer.server.events.Event;
import de.foyer.server.events.EventType;
import de.foyer.server.events.QueueChanges;
import de.foyer.server.operations.DeclaredAnswers.Answer;
import de.foyer.server.queue.NotServed;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import de.foyer.server.web.RateLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published contract against the running server: every route the app registers is described
 * with the roles it demands, nothing is described that the app does not serve, the schemas carry
 * the fields that the wire records really put on the wire, and every operation's real answers
 * (errors and pages included) have a declared status, content type and, for JSON, schema.
 */
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    // Each schema and the type whose JSON it describes; a new schema must be added here or below.
    private static final Map<String, Class<?>> WIRE_TYPES = Map.ofEntries(
            Map.entry("Error", ApiError.class),
            Map.entry("ErrorDetail", ApiError.Detail.class),
            Map.entry("OfficeInfo", OfficeInfo.class),
            Map.entry("WaitingAreaInfo", OfficeInfo.WaitingAreaInfo.class),
            Map.entry("OfficeListing", OfficeInfo.Listing.class),
            Map.entry("ServiceCatalogue", ServiceCatalogue.class),
            Map.entry("Category", ServiceCatalogue.Category.class),
            Map.entry("Service", ServiceCatalogue.Service.class),
            Map.entry("CounterInfo", CounterInfo.class),
            Map.entry("CounterListing", CounterInfo.Listing.class),
            Map.entry("LoginRequest", Login.Request.class),
            Map.entry("Session", Login.Session.class),
            Map.entry("DeviceRegistrationRequest", DeviceRegistration.Request.class),
            Map.entry("DeviceCreated", DeviceRegistration.Created.class),
            Map.entry("Heartbeat", Heartbeat.class),
            Map.entry("PrinterReport", Heartbeat.Printer.class),
            Map.entry("IssueTicketRequest", IssueTicketRequest.class),
            Map.entry("DeviceInfo", DeviceInfo.class),
            Map.entry("TicketInfo", TicketInfo.class),
            Map.entry("TicketIssued", TicketIssued.class),
            Map.entry("TransferRequest", TransferRequest.class),
            Map.entry("QueueView", QueueView.class),
            Map.entry("ServiceQueue", QueueView.ServiceQueue.class),
            Map.entry("WaitingTimes", WaitingTimes.class),
            Map.entry("ServiceWait", WaitingTimes.ServiceWait.class),
            Map.entry("DisplayState", DisplayState.class),
            Map.entry("Notice", DisplayState.Notice.class),
            Map.entry("DisplayNotices", DisplayState.Notices.class),
            Map.entry("CallInfo", CallInfo.class),
            Map.entry("QueueEvent", Event.class),
            Map.entry("NotServed", NotServed.View.class),
            Map.entry("NotServedTicket", NotServed.Entry.class),
            Map.entry("QueueChanges", QueueChanges.class),
            Map.entry("ServiceChanges", QueueChanges.ServiceChanges.class));
    // Answers the routes build as maps, without a record of their own.
    private static final Set<String> MAP_SHAPED = Set.of("TicketAnswer", "Health");

    private static TestServer server;
    private static JsonNode document;
    private static DeclaredAnswers declared;
    private static ContractScenarios calls;
    private static Map<String, String> tokens;
    private static List<ContractScenarios.Scenario> scenarios;

    @BeforeAll
    static void fetchTheDocument() {
        server = TestServer.startWithoutProofOfWork();
        Http.Response response = server.http.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        document = response.json();
        declared = new DeclaredAnswers(document);
        tokens = Map.of("ADMIN", server.http.login("admin"), "OFFICE_ADMIN", server.http.login("admin"), "CLERK", server.http.login("clerk1"),
                "KIOSK", TestServer.KIOSK, "DISPLAY", TestServer.DISPLAY_A);
        calls = new ContractScenarios(server, tokens.get("ADMIN"), tokens.get("CLERK"));
        scenarios = calls.all();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void isAnOpenApi31Document() {
        assertThat(document.path("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
        assertThat(document.path("paths").isObject()).isTrue();
    }

    @Test
    void describesEveryRouteTheAppRegistersAndNoOther() {
        Set<String> registered = registeredRoutes().keySet();
        Set<String> documented = documentedOperations().keySet();

        assertThat(difference(registered, documented)).as("routes the app serves that the document lacks").isEmpty();
        assertThat(difference(documented, registered)).as("operations the document describes that the app does not serve").isEmpty();
    }

    @Test
    void namesTheRolesEachRouteDemands() {
        Map<String, JsonNode> documented = documentedOperations();
        registeredRoutes().forEach((route, roles) -> {
            JsonNode operation = documented.get(route);
            if (operation != null) {
                assertThat(texts(operation.path("x-roles"))).as("x-roles of " + route).isEqualTo(roles);
            }
        });
    }

    /** Independent of how the routes are listed: a typo in a documented path meets the router's 404. */
    @Test
    void everyDescribedOperationReachesItsRoute() {
        documentedOperations().forEach((route, operation) -> {
            String method = route.substring(0, route.indexOf(' '));
            String path = PLACEHOLDER.matcher(route.substring(route.indexOf(' ') + 1)).replaceAll("sample");
            Http.Response response = server.http.send(method, path, null, null);

            assertThat(response.status()).as(route + " answered " + response.body()).isNotIn(405, 500);
            boolean page = response.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (response.status() == 404 && !page) {
                assertThat(response.errorCode()).as(route + " must not meet the router's 404").isNotEqualTo("NOT_FOUND");
            }
            if (!operation.path("x-roles").isEmpty()) {
                assertThat(response.status()).as(route + " without a token").isEqualTo(401);
            }
        });
    }

    @Test
    void everyOperationHasASummaryItsPathParametersAndSecurity() {
        Set<String> operationIds = new TreeSet<>();
        documentedOperations().forEach((route, operation) -> {
            assertThat(operation.path("summary").asText()).as("summary of " + route).isNotBlank();
            assertThat(operationIds.add(operation.path("operationId").asText())).as("unique operationId of " + route).isTrue();
            assertThat(operation.path("responses").size()).as("responses of " + route).isPositive();
            assertThat(operation.has("security")).as("security of " + route).isTrue();
            if (!operation.path("x-roles").isEmpty()) {
                assertThat(operation.path("security").size()).as("security of " + route).isPositive();
                assertThat(operation.path("responses").has("401")).as("401 of " + route).isTrue();
                assertThat(operation.path("responses").has("403")).as("403 of " + route).isTrue();
            }
            assertThat(pathParameters(operation)).as("path parameters of " + route).isEqualTo(placeholders(route));
        });
    }

    /**
     * A refusal is the error JSON, or for a page meant for people an HTML page that says why.
     * /health's 503 is the one answer above 399 that is not an error of the caller's: it says DOWN.
     */
    @Test
    void everyRefusalIsTheErrorSchemaOrAPage() {
        documentedOperations().forEach((route, operation) -> operation.path("responses").properties().forEach(entry -> {
            if (entry.getKey().startsWith("4")) {
                JsonNode content = resolve(entry.getValue()).path("content");
                assertThat(content.has("application/json") || content.has("text/html")).as(entry.getKey() + " of " + route).isTrue();
                if (content.has("application/json")) {
                    assertThat(content.at("/application~1json/schema/$ref").asText())
                            .as(entry.getKey() + " of " + route).isEqualTo("#/components/schemas/Error");
                }
            }
        }));
    }

    /** Each scenario's answer: the status it must get, and nothing in it that the document does not declare. */
    @TestFactory
    Stream<DynamicTest> everyAnswerIsDeclared() {
        return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            Answer answer = calls.send(scenario);
            String call = scenario.method() + " " + scenario.path().get() + " answered " + answer.status() + " "
                    + answer.contentType() + " " + abbreviated(answer.body());
            assertThat(answer.status()).as(call).isEqualTo(scenario.status());
            assertThat(declared.undeclared(scenario.operation(), answer)).as(call).isEmpty();
        }));
    }

    /** A new operation in the document needs its calls above, so it cannot slip in unchecked. */
    @Test
    void everyOperationOfTheDocumentIsCalled() {
        Set<String> called = scenarios.stream().map(ContractScenarios.Scenario::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = documentedOperations().keySet();

        assertThat(difference(documented, called)).as("operations of openapi.json that no scenario calls").isEmpty();
        assertThat(difference(called, documented)).as("scenarios of operations openapi.json does not have").isEmpty();
    }

    /**
     * With the budget spent, every public page and address that declares a 429 answers it, as declared:
     * the pages with a page for people, the API with its error JSON. A server of its own, since the
     * other one has no limits.
     */
    @Test
    void tooManyRequestsAreAnsweredAsDeclared() {
        try (TestServer limited = TestServer.start(settings -> settings.withLimits(new RateLimits.Budgets(1, 100_000, 100_000, 100_000)))) {
            // The pages and the API keep budgets of their own: one request spends each.
            limited.http.get("/", null);
            limited.http.get("/api/v1/offices", null);
            documentedOperations().forEach((route, operation) -> {
                if (route.startsWith("GET ") && operation.path("responses").has("429")) {
                    String path = PLACEHOLDER.matcher(route.substring(4)).replaceAll("sample");
                    Http.Response response = limited.http.get(path, null);
                    Answer answer = answerOf(response);

                    assertThat(answer.status()).as(route + " answered " + response.body()).isEqualTo(429);
                    assertThat(response.raw().headers().firstValue("Retry-After")).as("Retry-After of " + route).isPresent();
                    assertThat(declared.undeclared(route, answer)).as(route).isEmpty();
                }
            });
        }
    }

    /**
     * Every operation that reads JSON refuses a broken body, or one that is not an object, with a declared
     * refusal, never a 500, when called by the role it demands, in the demo office.
     */
    @Test
    void badBodiesAreRefusedAsDeclared() {
        documentedOperations().forEach((route, operation) -> {
            if (!operation.at("/requestBody/content").has("application/json")) {
                return;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{office}", TestServer.OFFICE);
            path = PLACEHOLDER.matcher(path).replaceAll("sample");
            String role = operation.path("x-roles").path(0).asText(null);
            for (String body : List.of("{\"", "[1]", "\"text\"")) {
                Http.Response response = server.http.send(server.http.request(path, role == null ? null : tokens.get(role))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body)));
                String call = route + " with " + body + " answered " + response.status() + " " + abbreviated(response.body());

                assertThat(response.status()).as(call).isBetween(400, 499);
                assertThat(declared.undeclared(route, answerOf(response))).as(call).isEmpty();
            }
        });
    }

    /** A browser revalidates a script, a style or an icon by its ETag: 304, without a body, as declared. */
    @Test
    void revalidationsAreAnsweredAsDeclared() {
        Map<String, String> files = Map.of(
                "GET /favicon.ico", "/favicon.ico",
                "GET /favicon.svg", "/favicon.svg",
                "GET /screens/{file}", "/screens/display.js",
                "GET /portal/{file}", "/portal/portal.css",
                "GET /console/assets/{file}", "/console/assets/console.js");
        Set<String> declaring304 = new TreeSet<>();
        documentedOperations().forEach((route, operation) -> {
            if (operation.path("responses").has("304")) {
                declaring304.add(route);
            }
        });
        assertThat(files.keySet()).as("the operations that declare a 304").containsExactlyInAnyOrderElementsOf(declaring304);

        files.forEach((route, path) -> {
            String etag = server.http.get(path, null).raw().headers().firstValue("ETag").orElseThrow();
            Http.Response again = server.http.send(server.http.request(path, null).header("If-None-Match", etag).GET());
            Answer answer = answerOf(again);

            assertThat(answer.status()).as(route).isEqualTo(304);
            assertThat(declared.undeclared(route, answer)).as(route).isEmpty();
        });
    }

    /** The check fails on a real answer that the document does not declare: the ticket page's 404 before it was declared. */
    @Test
    void anUndeclaredRealAnswerFails() {
        ObjectNode before = document.deepCopy();
        ((ObjectNode) before.at("/paths/~1t~1{token}/get/responses")).remove("404");
        Http.Response page = server.http.get("/t/no-such-ticket", null);
        Answer answer = answerOf(page);

        assertThat(declared.undeclared("GET /t/{token}", answer)).isEmpty();
        assertThat(new DeclaredAnswers(before).undeclared("GET /t/{token}", answer)).containsExactly("status 404 is not declared");
    }

    /** The console stream passes every queue event on, so the document must name every type there is. */
    @Test
    void namesEveryQueueEventType() {
        Set<String> declaredTypes = texts(document.at("/components/schemas/QueueEvent/properties/type/enum"));
        Set<String> types = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declaredTypes).isEqualTo(types);
    }

    @Test
    void describesTheTwoWaysToSignIn() {
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.path("deviceToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("clerkToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("sessionCookie").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("sessionCookie").path("name").asText()).isEqualTo("foyer_session");
        assertThat(schemes.path("csrfToken").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("csrfToken").path("name").asText()).isEqualTo("X-CSRF-Token");
    }

    @Test
    void schemasHaveTheFieldsTheWireRecordsSerialise() {
        JsonNode schemas = document.at("/components/schemas");
        fieldNames(schemas).forEach(name ->
                assertThat(WIRE_TYPES.containsKey(name) || MAP_SHAPED.contains(name))
                        .as("schema " + name + " is tied to a wire type in this test").isTrue());

        ObjectMapper mapper = WireJson.newMapper();
        WIRE_TYPES.forEach((name, type) -> {
            JsonNode schema = schemas.path(name);
            assertThat(schema.isObject()).as("schema " + name).isTrue();
            BeanDescription bean = mapper.getSerializationConfig().introspect(mapper.constructType(type));
            Set<String> fields = bean.findProperties().stream().map(BeanPropertyDefinition::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(fieldNames(schema.path("properties"))).as("properties of " + name).isEqualTo(fields);
            assertThat(fields).as("required properties of " + name).containsAll(texts(schema.path("required")));
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty();
        references.forEach(reference -> {
            assertThat(reference).startsWith("#/");
            assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        });
    }

    private static Map<String, Set<String>> registeredRoutes() {
        Map<String, Set<String>> routes = server.routes();
        assertThat(routes).as("the app's routes").isNotEmpty();
        return routes;
    }

    private static Map<String, JsonNode> documentedOperations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.put(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue());
            }
        }));
        return operations;
    }

    private static Set<String> pathParameters(JsonNode operation) {
        Set<String> names = new TreeSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if ("path".equals(resolved.path("in").asText())) {
                assertThat(resolved.path("required").asBoolean()).as("path parameter " + resolved.path("name")).isTrue();
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }

    private static Set<String> placeholders(String route) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(route);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.path("$ref").asText().substring(1)) : node;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(minus);
        return rest;
    }

    private static Answer answerOf(Http.Response response) {
        String type = response.raw().headers().firstValue("Content-Type").orElse("");
        return new Answer(response.status(), type.split(";")[0].strip(), response.body());
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
