package de.foyer.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestDatabase;
import de.foyer.server.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two departments in one installation, and every protected route walked by each identity of the one
 * (clerk, administrator, kiosk, display, nobody) against the objects of the other, both ways:
 * <ul>
 *     <li>a route whose path names the other office's object (office, counter, ticket, booking,
 *     service, category, device, clerk, notice, closure, waiting area) is refused with a code, with a
 *     body that would be accepted there, so that no validation hides a missing office check;</li>
 *     <li>a route of the caller's own office whose body or query names the other office's object
 *     (a transfer to its service, a counter in its waiting area, a kiosk check-in of its booking,
 *     {@code ?office=}, {@code ?counter=}) is refused or answers with the caller's own data;</li>
 *     <li>a route without such a name (settings, desk, statistics, audit, streams) answers with the
 *     caller's own office only;</li>
 * </ul>
 * no answer names anything of the other office that the request did not name itself, no answer is a
 * 5xx, and every row of the other office is the same afterwards. Every route of the server is either
 * walked here or listed as public with its reason: a new route fails this test until it is placed.
 * All findings are collected and reported together, one line each.
 */
@ExtendWith(Fixtures.class)
class OfficeBoundaryTest {

    /** Routes that are no office's protected data: the public portal, capabilities, files, sign-in and setup. */
    private static final Map<String, String> NOT_WALKED = notWalked();

    private static Map<String, String> notWalked() {
        Map<String, String> skip = new TreeMap<>();
        for (String route : List.of("GET /health", "GET /metrics", "GET /openapi.json", "GET /favicon.ico", "GET /favicon.svg",
                "GET /console/assets/{file}", "GET /screens/{file}", "GET /portal/{file}", "GET /datenschutz", "GET /impressum")) {
            skip.put(route, "operations or static file");
        }
        for (String route : List.of("POST /api/v1/session", "DELETE /api/v1/session", "GET /login", "GET /setup", "POST /api/v1/setup")) {
            skip.put(route, "sign-in and setup");
        }
        for (String route : List.of("GET /api/v1/offices", "GET /api/v1/offices/{office}/services", "GET /api/v1/offices/{office}/counters",
                "GET /api/v1/offices/{office}/waits", "GET /api/v1/offices/{office}/services/{service}/days",
                "GET /api/v1/offices/{office}/services/{service}/slots", "GET /api/v1/bookings/challenge", "POST /api/v1/bookings",
                "GET /", "GET /categories/{category}", "GET /services/{service}", "GET /services/{service}/persons",
                "GET /services/{service}/days", "GET /services/{service}/times", "GET /services/{service}/booking",
                "POST /services/{service}/booking", "GET /services/{service}/waiting-list", "POST /services/{service}/waiting-list",
                "GET /services/{service}/waiting-list/sent")) {
            skip.put(route, "public catalogue and online booking, meant for everyone");
        }
        for (String route : List.of("GET /api/v1/bookings/{code}", "DELETE /api/v1/bookings/{code}", "GET /api/v1/bookings/{code}/qr.png",
                "GET /api/v1/bookings/{code}/calendar.ics", "GET /booking/{code}", "POST /booking/{code}/cancel", "POST /booking/{code}/attend", "GET /t/{token}",
                "GET /t/{token}/stream", "POST /t/{token}/push", "DELETE /t/{token}/push", "POST /t/{token}/sms", "DELETE /t/{token}/sms",
                "GET /waiting-list/{entry}", "POST /waiting-list/{entry}/{action}")) {
            skip.put(route, "the citizen's own capability (code with token, ticket link)");
        }
        return skip;
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private int sent;

    /** What one office is made of, by id, who works there, and the words that are its own. */
    private record World(String office, String area, String category, String categoryName, String service, String serviceName, String counter, String ticket,
                         String ticketNumber, String booking, String device, String clerk, String notice, String closure,
                         Map<String, String> identities, List<String> names) {
    }

    /** FOREIGN: the path names the other office's object; MIXED: the caller's own route, the other's object in body or query; OWN: no other object named. */
    private enum Kind { FOREIGN, MIXED, OWN }

    private record Call(Kind kind, String route, String method, String path, String contentType, String body) {
        static Call of(Kind kind, String route, String path) {
            return new Call(kind, route, route.substring(0, route.indexOf(' ')), path, null, null);
        }

        static Call json(Kind kind, String route, String path, String body) {
            return new Call(kind, route, route.substring(0, route.indexOf(' ')), path, "application/json", body);
        }

        static Call csv(Kind kind, String route, String path, String body) {
            return new Call(kind, route, route.substring(0, route.indexOf(' ')), path, "text/csv; charset=utf-8", body);
        }
    }

    @Test
    void noClerkAdministratorOrDeviceReachesAnotherOfficesData(TestServer server) throws Exception {
        long began = System.nanoTime();
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
        World citizens = citizensOffice(server);
        World youth = youthOffice(server);
        List<String> findings = new ArrayList<>();

        Set<String> walked = calls(citizens, youth).stream().map(Call::route).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unplaced = new TreeSet<>(server.routes().keySet());
        unplaced.removeAll(walked);
        unplaced.removeAll(NOT_WALKED.keySet());
        for (String route : unplaced) {
            findings.add("UNWALKED " + route + ": neither walked nor listed as public");
        }
        for (String route : NOT_WALKED.keySet()) {
            if (!server.routes().containsKey(route)) {
                findings.add("STALE " + route + ": listed as public but the server has no such route");
            }
        }

        // The streams first: the walk's last call gives each office a service of the other's name.
        streams(server, citizens, youth, findings);
        streams(server, youth, citizens, findings);

        String youthBefore = snapshot(server, youth.office());
        walk(server, citizens, youth, findings);
        diff("youth office's rows after the citizens' office walked them", youthBefore, snapshot(server, youth.office()), findings);

        String citizensBefore = snapshot(server, citizens.office());
        walk(server, youth, citizens, findings);
        diff("citizens' office's rows after the youth office walked them", citizensBefore, snapshot(server, citizens.office()), findings);

        System.out.printf("OfficeBoundaryTest: %d calls in %d s, %d findings%n", sent, (System.nanoTime() - began) / 1_000_000_000L,
                findings.size());
        if (!findings.isEmpty()) {
            String report = findings.size() + " answers reached the other office:\n  " + String.join("\n  ", findings);
            System.out.println(report);
            fail(report);
        }
    }

    /**
     * The other side of the boundary: the installation's administrator reads and changes both offices, a clerk who belongs
     * to both works in each (naming the office where the route does not), and an office's administrator grants nothing
     * beyond their own offices and role.
     */
    @Test
    void theInstallationsAdministratorAndStaffOfBothOfficesReachBoth(TestServer server) {
        server.clock.set(LocalDateTime.of(2026, 11, 24, 10, 0));
        World citizens = citizensOffice(server);
        World youth = youthOffice(server);
        Http http = server.http;
        String installation = http.login("admin");

        assertThat(http.get("/api/v1/admin/offices", installation).json().findValuesAsText("id")).contains("buergerbuero", "jugendamt");
        for (World world : List.of(citizens, youth)) {
            String office = world.office();
            String in = "office=" + office;
            assertThat(http.get("/api/v1/admin/offices/" + office, installation).json().path("name").asText()).isEqualTo(name(world, "office"));
            assertThat(http.get("/api/v1/admin/settings?" + in, installation).body()).contains(world.serviceName());
            assertThat(http.get("/api/v1/offices/" + office + "/queue", installation).body()).contains(world.ticketNumber());
            assertThat(http.get("/api/v1/offices/" + office + "/bookings?date=2026-11-25", installation).body()).contains(name(world, "citizen"));
            assertThat(http.get("/api/v1/admin/audit?" + in, installation).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/admin/statistics?from=2026-11-01&to=2026-11-30&" + in, installation).status()).isEqualTo(200);
            assertThat(http.send("PUT", "/api/v1/admin/offices/" + office, installation, "{\"phone\":\"0221 4711\"}").status()).isEqualTo(204);
            assertThat(http.post("/api/v1/admin/notices?" + in, installation, "{\"text\":\"Von der Verwaltung\",\"textEn\":\"From above\"}")
                    .status()).isEqualTo(201);
            Http.Response page = http.send(http.request("/admin?" + in, installation).header("Accept", "text/html").GET());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(name(world, "office"), world.serviceName());
        }
        int changed = server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM offices WHERE phone = '0221 4711'")
                .mapTo(Integer.class).one());
        assertThat(changed).isEqualTo(2);
        // Each change is in the audit log of the office it was made in, whatever the administrator's first office.
        assertThat(http.get("/api/v1/admin/audit?action=SETTINGS_OFFICE", youth.identities().get("admin")).body())
                .contains("\"admin\"", "jugendamt");
        assertThat(http.get("/api/v1/admin/audit?action=SETTINGS_OFFICE", citizens.identities().get("admin")).body())
                .contains("buergerbuero").doesNotContain("jugendamt");

        Http.Response madeClerk = http.post("/api/v1/admin/staff", installation,
                "{\"username\":\"springer\",\"role\":\"CLERK\",\"offices\":[\"buergerbuero\",\"jugendamt\"],\"password\":\"ein langes Passwort 5\"}");
        assertThat(madeClerk.status()).as(madeClerk.body()).isEqualTo(201);
        assertThat(http.post("/api/v1/admin/staff", installation, "{\"username\":\"jugend2\",\"role\":\"CLERK\",\"offices\":[\"jugendamt\"],"
                + "\"password\":\"ein langes Passwort 5\"}").status()).isEqualTo(201);
        assertThat(http.get("/api/v1/admin/audit?action=CLERK_CREATED", youth.identities().get("admin")).body())
                .as("an account is made in the audit log of its first office").contains("jugend2");
        assertThat(http.get("/api/v1/admin/audit?action=CLERK_CREATED", citizens.identities().get("admin")).body()).doesNotContain("jugend2");
        String both = http.login("springer", "ein langes Passwort 5");
        assertThat(http.get("/api/v1/offices/jugendamt/queue", both).body()).contains(youth.ticketNumber());
        assertThat(http.get("/api/v1/offices/buergerbuero/queue", both).body()).contains(citizens.ticketNumber());
        assertThat(http.post("/api/v1/offices/jugendamt/tickets", both, service(youth.service())).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/console/desk?office=jugendamt", both).body()).contains(youth.counter()).doesNotContain(citizens.counter());
        // A path that names a counter or a ticket acts in its office, when that is one of the caller's: no ?office= needed.
        assertThat(http.post("/api/v1/counters/" + citizens.counter() + "/open", both, null).status()).isEqualTo(204);
        assertThat(http.post("/api/v1/counters/" + youth.counter() + "/open", both, null).errorCode())
                .as("the youth office's counter, found there and held by its clerk").isEqualTo("COUNTER_TAKEN");
        assertThat(http.post("/api/v1/counters/" + youth.counter() + "/pause?office=jugendamt", both, null).status()).isIn(204, 409);
        assertThat(http.post("/api/v1/counters/" + youth.counter() + "/open", citizens.identities().get("clerk"), null).errorCode())
                .as("for a clerk of the citizens' office alone it stays unknown").isEqualTo("UNKNOWN_COUNTER");
        assertThat(http.get("/api/v1/offices/standesamt/queue", both).errorCode()).isEqualTo("UNKNOWN_OFFICE");

        String officeAdmin = citizens.identities().get("admin");
        assertThat(http.get("/api/v1/admin/offices", officeAdmin).json().findValuesAsText("id")).containsExactly("buergerbuero");
        assertThat(http.post("/api/v1/admin/offices", officeAdmin, "{\"name\":\"Standesamt\",\"state\":\"NW\"}").status()).isEqualTo(403);
        Http.Response beyondRole = http.post("/api/v1/admin/staff", officeAdmin,
                "{\"username\":\"chef\",\"role\":\"ADMIN\",\"password\":\"ein langes Passwort 6\"}");
        assertThat(beyondRole.errorCode()).isEqualTo("ROLE_BEYOND_YOURS");
        Http.Response beyondOffice = http.post("/api/v1/admin/staff", officeAdmin,
                "{\"username\":\"chef\",\"role\":\"CLERK\",\"offices\":[\"jugendamt\"],\"password\":\"ein langes Passwort 6\"}");
        assertThat(beyondOffice.errorCode()).isEqualTo("UNKNOWN_OFFICE");
        // An account shared with the youth office is not the citizens' administrator's alone: no new offices, role or password.
        String before = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT role || active || password_hash || office_id FROM clerks WHERE id = 'springer'").mapTo(String.class).one());
        for (String change : List.of("{\"offices\":[\"buergerbuero\"]}", "{\"role\":\"OFFICE_ADMIN\"}", "{\"active\":false}")) {
            assertThat(http.send("PUT", "/api/v1/admin/clerks/springer", officeAdmin, change).errorCode()).as(change).isEqualTo("ACCOUNT_OF_OTHER_OFFICES");
        }
        assertThat(http.post("/api/v1/admin/clerks/springer/password", officeAdmin, "{\"password\":\"ein fremdes Passwort 4\"}").errorCode())
                .isEqualTo("ACCOUNT_OF_OTHER_OFFICES");
        String springer = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT string_agg(office_id, ',' ORDER BY office_id) FROM staff_offices WHERE clerk_id = 'springer'").mapTo(String.class).one());
        assertThat(springer).isEqualTo("buergerbuero,jugendamt");
        String after = server.database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT role || active || password_hash || office_id FROM clerks WHERE id = 'springer'").mapTo(String.class).one());
        assertThat(after).as("nothing of the account changed").isEqualTo(before);
        assertThat(http.send(http.request("/admin", officeAdmin).header("Accept", "text/html").GET()).body())
                .as("no form for it on the citizens' settings page").doesNotContain("/api/v1/admin/clerks/springer");
        assertThat(http.send("PUT", "/api/v1/admin/clerks/admin", officeAdmin, "{\"active\":false}").errorCode()).isEqualTo("UNKNOWN_CLERK");
        assertThat(http.get("/api/v1/admin/offices", youth.identities().get("clerk")).status()).isEqualTo(403);

        // Last, since it changes the youth office: every staff call the walk aims at it, made by the installation's
        // administrator in that office, reaches it. Refusals for other reasons (a staffed counter, a ticket's state) are fine.
        List<String> unreached = new ArrayList<>();
        // Removals last: a device revoked first would make the calls on it after look unreached.
        int tried = 0;
        List<Call> aimed = calls(citizens, youth).stream().sorted(Comparator.comparing(call -> call.method().equals("DELETE"))).toList();
        for (Call call : aimed) {
            Set<String> roles = server.routes().getOrDefault(call.route(), Set.of());
            boolean staff = roles.contains("CLERK") || roles.contains("OFFICE_ADMIN") || roles.contains("ADMIN") || call.path().startsWith("/console");
            boolean namesCitizens = call.body() != null && List.of(citizens.service(), citizens.category(), citizens.area(), citizens.counter())
                    .stream().anyMatch(call.body()::contains);
            if (call.kind() != Kind.FOREIGN || !staff || namesCitizens) {
                continue;
            }
            String path = call.path().contains("/offices/") ? call.path()
                    : call.path() + (call.path().contains("?") ? "&" : "?") + "office=" + youth.office();
            Answer answer = send(server, new Call(call.kind(), call.route(), call.method(), path, call.contentType(), call.body()), installation);
            tried++;
            boolean refusedAsForeign = answer.status() == 401 || answer.status() == 403 || answer.body().contains("\"UNKNOWN_")
                    || answer.location().startsWith("/login") || answer.status() >= 500;
            if (refusedAsForeign) {
                unreached.add(call.method() + " " + path + " → " + answer.status() + " " + shorten(answer.body()));
            }
        }
        assertThat(unreached).as("calls of the installation's administrator that did not reach the youth office").isEmpty();
        assertThat(tried).as("staff calls aimed at the youth office").isGreaterThan(40);
    }

    /** Each identity of {@code caller} on each call aimed at the objects of {@code other}. */
    private void walk(TestServer server, World caller, World other, List<String> findings) {
        for (Call call : calls(caller, other)) {
            for (Map.Entry<String, String> identity : caller.identities().entrySet()) {
                Answer answer = send(server, call, identity.getValue());
                String problem = judge(call, answer, other);
                if (problem != null) {
                    findings.add(call.kind() + " " + call.method() + " " + call.path() + " as " + caller.office() + "'s "
                            + identity.getKey() + " → " + answer.status() + ": " + problem + " | " + shorten(answer.body()));
                }
            }
        }
    }

    /** Null if the answer keeps to the caller's office, else what is wrong with it. */
    private static String judge(Call call, Answer answer, World other) {
        String body = answer.body();
        if (call.route().equals("POST /api/v1/kiosk/checkins") && answer.status() == 409 && body.contains("\"WRONG_OFFICE\"")) {
            // By design (API.md): the kiosk tells a citizen with a code of another office which office to go to. Its name is
            // public (GET /api/v1/offices); nothing else of it may show.
            body = body.replace(name(other, "office"), "");
        }
        String leaked = leaked(body, call, other);
        if (leaked != null) {
            return "names the other office's " + leaked;
        }
        int status = answer.status();
        if (status >= 500) {
            return "server error";
        }
        boolean page = !call.path().startsWith("/api/");
        boolean toSignIn = (status == 302 || status == 303) && answer.location().startsWith("/login");
        if (call.kind() == Kind.OWN) {
            return null;
        }
        if (status < 400 && !toSignIn) {
            return call.kind() == Kind.FOREIGN ? "accepted on the other office's object" : "accepted the other office's object";
        }
        if (toSignIn && page) {
            return null;
        }
        boolean coded = answer.body().contains("\"code\"") || page && answer.body().contains("<html");
        if (!coded) {
            return "refusal without an error code";
        }
        if (call.kind() == Kind.FOREIGN && Set.of(401, 403, 404, 409).contains(status)) {
            return null;
        }
        if (call.kind() == Kind.MIXED && status >= 400 && status < 500) {
            return null;
        }
        return "unexpected refusal status (validation before the office check?)";
    }

    /**
     * Every walked call, aimed at the objects of {@code target} by someone of {@code caller}, each with a body that would be
     * accepted for the object it names.
     */
    private static List<Call> calls(World caller, World target) {
        List<Call> calls = new ArrayList<>();
        String office = "/api/v1/offices/" + target.office();
        String own = "/api/v1/offices/" + caller.office();
        String admin = "/api/v1/admin/offices/" + target.office();
        String ownAdmin = "/api/v1/admin/offices/" + caller.office();
        String ticket = "/api/v1/tickets/" + target.ticket();
        String counter = "/api/v1/counters/" + target.counter();
        String counterBody = counterBody("Platz 9", target.area(), target.service());
        String day = "2026-11-25";
        Kind f = Kind.FOREIGN;
        Kind m = Kind.MIXED;
        Kind o = Kind.OWN;

        // Counters and tickets of the other office.
        for (String action : List.of("open", "close", "next", "pause")) {
            calls.add(Call.of(f, "POST /api/v1/counters/{counter}/" + action, counter + "/" + action));
        }
        calls.add(Call.of(f, "POST /api/v1/counters/{counter}/close", counter + "/close?requeue=true"));
        for (String action : List.of("done", "no-show", "recall", "requeue", "start")) {
            calls.add(Call.of(f, "POST /api/v1/tickets/{id}/" + action, ticket + "/" + action));
        }
        calls.add(Call.json(f, "POST /api/v1/tickets/{id}/transfer", ticket + "/transfer", service(target.service())));
        calls.add(Call.json(m, "POST /api/v1/tickets/{id}/transfer", "/api/v1/tickets/" + caller.ticket() + "/transfer", service(target.service())));
        calls.add(Call.json(f, "POST /api/v1/tickets/{id}/transfer", ticket + "/transfer", service(caller.service())));
        calls.add(Call.of(f, "GET /console/tickets/{id}/slip", "/console/tickets/" + target.ticket() + "/slip"));
        calls.add(Call.of(f, "GET /console/tickets/{id}/qr.png", "/console/tickets/" + target.ticket() + "/qr.png"));

        // The other office's queue, tickets and bookings.
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/queue", office + "/queue"));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/not-served", office + "/not-served"));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/not-served", office + "/not-served?day=2026-11-24"));
        calls.add(Call.json(f, "POST /api/v1/offices/{office}/tickets", office + "/tickets", service(target.service())));
        calls.add(Call.json(m, "POST /api/v1/offices/{office}/tickets", own + "/tickets", service(target.service())));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/appointments", office + "/appointments?date=" + day));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/appointments", office + "/appointments?date=" + day + "&counter=" + target.counter()));
        calls.add(Call.of(m, "GET /api/v1/offices/{office}/appointments", own + "/appointments?date=" + day + "&counter=" + target.counter()));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/bookings", office + "/bookings?date=" + day));
        calls.add(Call.json(f, "POST /api/v1/offices/{office}/bookings", office + "/bookings", booking(target.service(), "10:30", "Fremd Erika")));
        calls.add(Call.json(m, "POST /api/v1/offices/{office}/bookings", own + "/bookings", booking(target.service(), "11:30", "Fremd Erika")));
        calls.add(Call.of(f, "GET /api/v1/offices/{office}/bookings/slots", office + "/bookings/slots?service=" + target.service() + "&date=" + day));
        calls.add(Call.of(m, "GET /api/v1/offices/{office}/bookings/slots", own + "/bookings/slots?service=" + target.service() + "&date=" + day));
        calls.add(Call.of(f, "POST /api/v1/offices/{office}/bookings/{code}/cancel", office + "/bookings/" + target.booking() + "/cancel"));
        calls.add(Call.of(m, "POST /api/v1/offices/{office}/bookings/{code}/cancel", own + "/bookings/" + target.booking() + "/cancel"));
        calls.add(Call.of(f, "POST /api/v1/console/bookings/{code}/check-in", "/api/v1/console/bookings/" + target.booking() + "/check-in"));
        calls.add(Call.json(m, "POST /api/v1/kiosk/checkins", "/api/v1/kiosk/checkins", "{\"scan\":\"" + target.booking() + "\"}"));
        calls.add(Call.json(m, "POST /api/v1/kiosk/tickets", "/api/v1/kiosk/tickets", service(target.service())));
        calls.add(Call.csv(m, "POST /api/v1/admin/bookings/import", "/api/v1/admin/bookings/import",
                "code;service;persons;start;name;email\nFREMD-1;" + target.service() + ";1;2026-12-08T09:00;Fremd Erika;fremd@example.de\n"));

        // The other office's settings.
        calls.add(Call.of(f, "GET /api/v1/admin/offices/{office}", admin));
        calls.add(Call.json(f, "PUT /api/v1/admin/offices/{office}", admin, "{\"phone\":\"0221 99\"}"));
        calls.add(Call.of(f, "POST /api/v1/admin/offices/{office}/retire", admin + "/retire"));
        calls.add(Call.of(f, "POST /api/v1/admin/offices/{office}/reinstate", admin + "/reinstate"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/waiting-areas", admin + "/waiting-areas", "{\"name\":\"Keller\"}"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/categories", admin + "/categories", "{\"name\":\"Fremd\"}"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/services", admin + "/services",
                "{\"category\":\"" + target.category() + "\",\"name\":\"Fremd\",\"durationMinutes\":10}"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/counters", admin + "/counters", counterBody));
        calls.add(Call.json(m, "POST /api/v1/admin/offices/{office}/counters", ownAdmin + "/counters",
                counterBody("Platz 10", target.area(), caller.service())));
        calls.add(Call.json(m, "POST /api/v1/admin/offices/{office}/counters", ownAdmin + "/counters",
                counterBody("Platz 11", caller.area(), target.service())));
        calls.add(Call.csv(f, "POST /api/v1/admin/offices/{office}/catalogue/import", admin + "/catalogue/import",
                "category;name;durationMinutes\nFremd;Fremdes Anliegen;5\n"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/catalogue/import", admin + "/catalogue/import",
                "[{\"category\":\"Fremd\",\"name\":\"Fremdes Anliegen\",\"durationMinutes\":5}]"));
        calls.add(Call.json(f, "PUT /api/v1/admin/offices/{office}/opening-hours", admin + "/opening-hours",
                "{\"hours\":[{\"weekday\":1,\"open\":\"06:00\",\"close\":\"07:00\"}]}"));
        calls.add(Call.json(f, "POST /api/v1/admin/offices/{office}/closures", admin + "/closures",
                "{\"day\":\"2027-01-04\",\"reason\":\"Fremd\",\"confirm\":true}"));
        calls.add(Call.json(f, "PUT /api/v1/admin/categories/{id}", "/api/v1/admin/categories/" + target.category(),
                "{\"name\":\"Umbenannt\",\"nameEn\":\"Renamed\",\"prefix\":\"X\"}"));
        calls.add(Call.json(m, "POST /api/v1/admin/categories", "/api/v1/admin/categories",
                "{\"id\":\"" + target.category() + "\",\"name\":\"Übernommen\",\"nameEn\":\"Taken\",\"prefix\":\"X\"}"));
        calls.add(Call.json(f, "PUT /api/v1/admin/services/{id}", "/api/v1/admin/services/" + target.service(), serviceBody(target.category())));
        calls.add(Call.json(f, "PUT /api/v1/admin/services/{id}", "/api/v1/admin/services/" + target.service(), serviceBody(caller.category())));
        calls.add(Call.json(m, "PUT /api/v1/admin/services/{id}", "/api/v1/admin/services/" + caller.service(), serviceBody(target.category())));
        calls.add(Call.json(m, "POST /api/v1/admin/services", "/api/v1/admin/services",
                "{\"id\":\"fremd-neu\",\"category\":\"" + target.category() + "\",\"name\":\"Fremd neu\",\"nameEn\":\"New\",\"durationMinutes\":10,\"onlineBookable\":true}"));
        calls.add(Call.json(m, "POST /api/v1/admin/services", "/api/v1/admin/services",
                "{\"id\":\"" + target.service() + "\",\"category\":\"" + caller.category() + "\",\"name\":\"Übernommen\",\"nameEn\":\"Taken\",\"durationMinutes\":10,\"onlineBookable\":true}"));
        calls.add(Call.of(f, "POST /api/v1/admin/services/{id}/retire", "/api/v1/admin/services/" + target.service() + "/retire"));
        calls.add(Call.of(f, "POST /api/v1/admin/services/{id}/reinstate", "/api/v1/admin/services/" + target.service() + "/reinstate"));
        calls.add(Call.json(f, "PUT /api/v1/admin/counters/{id}", "/api/v1/admin/counters/" + target.counter(), counterBody));
        calls.add(Call.json(m, "PUT /api/v1/admin/counters/{id}", "/api/v1/admin/counters/" + caller.counter(),
                counterBody("Platz 1", target.area(), caller.service())));
        calls.add(Call.json(m, "PUT /api/v1/admin/counters/{id}", "/api/v1/admin/counters/" + caller.counter(),
                counterBody("Platz 1", caller.area(), target.service())));
        calls.add(Call.of(f, "POST /api/v1/admin/counters/{id}/retire", "/api/v1/admin/counters/" + target.counter() + "/retire"));
        calls.add(Call.of(f, "POST /api/v1/admin/counters/{id}/reinstate", "/api/v1/admin/counters/" + target.counter() + "/reinstate"));
        calls.add(Call.json(f, "PUT /api/v1/admin/clerks/{id}", "/api/v1/admin/clerks/" + target.clerk(),
                "{\"displayName\":\"Übernommen\",\"role\":\"ADMIN\",\"active\":true}"));
        calls.add(Call.json(f, "POST /api/v1/admin/clerks/{id}/password", "/api/v1/admin/clerks/" + target.clerk() + "/password",
                "{\"password\":\"ein fremdes Passwort 3\"}"));
        calls.add(Call.of(f, "DELETE /api/v1/admin/closures/{day}", "/api/v1/admin/closures/" + target.closure()));
        calls.add(Call.of(f, "DELETE /api/v1/admin/notices/{id}", "/api/v1/admin/notices/" + target.notice()));
        calls.add(Call.of(f, "DELETE /api/v1/admin/devices/{id}", "/api/v1/admin/devices/" + target.device()));
        calls.add(Call.json(f, "PUT /api/v1/admin/devices/{id}", "/api/v1/admin/devices/" + target.device(),
                "{\"name\":\"Übernommen\",\"waitingArea\":\"" + target.area() + "\"}"));
        calls.add(Call.json(m, "PUT /api/v1/admin/devices/{id}", "/api/v1/admin/devices/" + caller.device(),
                "{\"name\":\"Umgezogen\",\"waitingArea\":\"" + target.area() + "\"}"));
        calls.add(Call.of(f, "POST /api/v1/admin/devices/{id}/token", "/api/v1/admin/devices/" + target.device() + "/token"));
        calls.add(Call.json(m, "POST /api/v1/admin/devices", "/api/v1/admin/devices",
                "{\"name\":\"Fremde Anzeige\",\"kind\":\"display\",\"waitingArea\":\"" + target.area() + "\"}"));

        // The installation: offices and staff accounts for the other office, which only the installation's administrator makes.
        calls.add(Call.json(m, "POST /api/v1/admin/offices", "/api/v1/admin/offices", "{\"name\":\"" + name(target, "office") + " 2\",\"state\":\"NW\"}"));
        calls.add(Call.json(m, "POST /api/v1/admin/staff", "/api/v1/admin/staff", "{\"username\":\"fremd-" + caller.office()
                + "\",\"role\":\"CLERK\",\"offices\":[\"" + target.office() + "\"],\"password\":\"ein langes Passwort 4\"}"));
        calls.add(Call.json(m, "POST /api/v1/admin/staff", "/api/v1/admin/staff", "{\"username\":\"fremd2-" + caller.office()
                + "\",\"role\":\"OFFICE_ADMIN\",\"offices\":[\"" + caller.office() + "\",\"" + target.office() + "\"],\"password\":\"ein langes Passwort 4\"}"));
        calls.add(Call.json(m, "POST /api/v1/admin/devices", "/api/v1/admin/devices",
                "{\"name\":\"Foyer-Kiosk\",\"kind\":\"kiosk\",\"offices\":[\"" + caller.office() + "\",\"" + target.office() + "\"]}"));
        calls.add(Call.json(m, "POST /api/v1/kiosk/tickets", "/api/v1/kiosk/tickets",
                "{\"office\":\"" + target.office() + "\",\"service\":\"" + target.service() + "\"}"));

        // The other office's call screens.
        calls.add(Call.of(f, "GET /display/{area}", "/display/" + target.area()));
        calls.add(Call.of(f, "POST /display/{area}/heartbeat", "/display/" + target.area() + "/heartbeat"));
        calls.add(Call.of(f, "GET /display/{area}/stream", "/display/" + target.area() + "/stream"));

        // The caller's own views, plain and with the other office named in the query.
        String named = "office=" + target.office() + "&area=" + target.area() + "&counter=" + target.counter();
        calls.add(Call.of(o, "GET /api/v1/admin/settings", "/api/v1/admin/settings"));
        calls.add(Call.of(o, "GET /api/v1/admin/offices", "/api/v1/admin/offices?" + named));
        calls.add(Call.of(o, "GET /api/v1/devices/me", "/api/v1/devices/me"));
        calls.add(Call.of(o, "GET /api/v1/admin/settings", "/api/v1/admin/settings?" + named));
        calls.add(Call.of(o, "GET /api/v1/admin/audit", "/api/v1/admin/audit"));
        calls.add(Call.of(o, "GET /api/v1/admin/audit", "/api/v1/admin/audit?clerk=" + target.clerk() + "&" + named));
        calls.add(Call.of(o, "GET /api/v1/admin/statistics", "/api/v1/admin/statistics?from=2026-11-01&to=2026-11-30"));
        calls.add(Call.of(o, "GET /api/v1/admin/statistics", "/api/v1/admin/statistics?from=2026-11-01&to=2026-11-30&" + named));
        calls.add(Call.of(o, "GET /api/v1/admin/statistics.csv", "/api/v1/admin/statistics.csv?from=2026-11-01&to=2026-11-30&" + named));
        calls.add(Call.of(o, "GET /api/v1/admin/waiting-list/offers.csv", "/api/v1/admin/waiting-list/offers.csv?" + named));
        calls.add(Call.of(o, "GET /api/v1/admin/draws.csv", "/api/v1/admin/draws.csv?" + named));
        calls.add(Call.of(o, "GET /api/v1/console/desk", "/api/v1/console/desk"));
        calls.add(Call.of(o, "GET /api/v1/console/desk", "/api/v1/console/desk?" + named));
        calls.add(Call.of(o, "GET /api/v1/console/bookings", "/api/v1/console/bookings?query=" + encode(name(target, "citizen"))));
        calls.add(Call.of(o, "GET /api/v1/console/bookings", "/api/v1/console/bookings?query=" + target.booking() + "&" + named));
        calls.add(Call.of(o, "GET /api/v1/console/no-shows", "/api/v1/console/no-shows"));
        calls.add(Call.of(o, "GET /api/v1/console/no-shows", "/api/v1/console/no-shows?" + named));
        calls.add(Call.of(o, "GET /api/v1/display/notices", "/api/v1/display/notices?" + named));
        calls.add(Call.of(o, "GET /api/v1/display/stream", "/api/v1/display/stream?" + named));
        calls.add(Call.of(o, "GET /api/v1/events", "/api/v1/events?" + named));
        calls.add(Call.json(o, "POST /api/v1/devices/heartbeat", "/api/v1/devices/heartbeat?" + named, "{}"));
        calls.add(Call.json(o, "PUT /api/v1/admin/opening-hours", "/api/v1/admin/opening-hours?" + named, "{\"days\":{\"7\":\"\"}}"));
        calls.add(Call.json(o, "PUT /api/v1/admin/rules", "/api/v1/admin/rules?" + named, "{\"maxRecalls\":2}"));
        calls.add(Call.json(o, "POST /api/v1/admin/closures", "/api/v1/admin/closures?" + named,
                "{\"day\":\"2027-03-02\",\"reason\":\"Eigener Teamtag\",\"confirm\":true}"));
        calls.add(Call.json(o, "POST /api/v1/admin/notices", "/api/v1/admin/notices?" + named, "{\"text\":\"Eigener Hinweis\",\"textEn\":\"Own\"}"));
        calls.add(Call.json(o, "POST /api/v1/admin/clerks", "/api/v1/admin/clerks?" + named,
                "{\"username\":\"eigen-" + caller.office() + "\",\"displayName\":\"Eigene\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 7\"}"));
        calls.add(Call.of(o, "GET /console", "/console?" + named));
        calls.add(Call.of(o, "GET /console/info", "/console/info?" + named));
        calls.add(Call.of(o, "GET /console/day", "/console/day?date=" + day));
        calls.add(Call.of(m, "GET /console/day", "/console/day?date=" + day + "&office=" + target.office()));
        calls.add(Call.of(m, "GET /console/day", "/console/day?date=" + day + "&counter=" + target.counter()));
        calls.add(Call.of(o, "GET /admin", "/admin?" + named));
        calls.add(Call.of(o, "GET /admin/statistics", "/admin/statistics?clerk=" + target.clerk() + "&" + named));
        calls.add(Call.of(o, "GET /admin/audit", "/admin/audit?clerk=" + target.clerk() + "&" + named));
        calls.add(Call.of(o, "GET /admin/planning", "/admin/planning?" + named));
        // Last, since it adds to the caller's catalogue: a service and category of the other office's names, whose ids it must not take over.
        calls.add(Call.csv(o, "POST /api/v1/admin/offices/{office}/catalogue/import", ownAdmin + "/catalogue/import",
                "category;name;durationMinutes\n" + target.categoryName() + ";" + target.serviceName() + ";5\n"));
        return calls;
    }

    private static String counterBody(String name, String area, String service) {
        return "{\"name\":\"" + name + "\",\"waitingArea\":\"" + area + "\",\"services\":[\"" + service + "\"]}";
    }

    private static String serviceBody(String category) {
        return "{\"category\":\"" + category + "\",\"name\":\"Umbenannt\",\"nameEn\":\"Renamed\",\"durationMinutes\":5,\"onlineBookable\":true}";
    }

    private static String service(String service) {
        return "{\"service\":\"" + service + "\"}";
    }

    private static String booking(String service, String time, String name) {
        return "{\"service\":\"" + service + "\",\"persons\":1,\"start\":\"2026-11-25T" + time + ":00+01:00\",\"name\":\"" + name + "\"}";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The office's citizen's name is its second word; the first is the office's name. */
    private static String name(World world, String which) {
        return world.names().get(which.equals("citizen") ? 1 : 0);
    }

    /** The caller's streams, held open while the other office issues a ticket and posts a notice: nothing of it may arrive. */
    private void streams(TestServer server, World caller, World other, List<String> findings) throws Exception {
        CompletableFuture<String> events = listen(server, "/api/v1/events", caller.identities().get("clerk"));
        CompletableFuture<String> screen = listen(server, "/api/v1/display/stream", caller.identities().get("display"));
        Thread.sleep(500);
        Http.Response ticket = server.http.post("/api/v1/kiosk/tickets", other.identities().get("kiosk"),
                "{\"service\":\"" + other.service() + "\"}");
        assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
        Http.Response notice = server.http.post("/api/v1/admin/notices", other.identities().get("admin"),
                "{\"text\":\"" + name(other, "office") + " später\",\"textEn\":\"Later\"}");
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        for (Map.Entry<String, CompletableFuture<String>> stream : Map.of("/api/v1/events", events, "/api/v1/display/stream", screen).entrySet()) {
            String heard = stream.getValue().get(10, TimeUnit.SECONDS);
            if (!heard.startsWith("200 ") || !heard.contains("data:")) {
                findings.add("STREAM GET " + stream.getKey() + " as " + caller.office() + " did not open: " + shorten(heard));
            }
            String number = ticket.json().at("/ticket/number").asText();
            String leaked = heard.contains(number) ? "new ticket " + number : leaked(heard, Call.of(Kind.OWN, "GET " + stream.getKey(), stream.getKey()), other);
            if (leaked != null) {
                findings.add("STREAM GET " + stream.getKey() + " as " + caller.office() + " heard the other office's " + leaked + ": " + shorten(heard));
            }
        }
    }

    /** The demo office, with an administrator of its own: the demo's {@code admin} is the installation's and reaches every office. */
    private World citizensOffice(TestServer server) {
        Http http = server.http;
        String clerk = http.login("clerk1");
        Http.Response madeAdmin = http.post("/api/v1/admin/staff", http.login("admin"),
                "{\"username\":\"buero-leitung\",\"displayName\":\"Bürgerbüro Leitung\",\"role\":\"OFFICE_ADMIN\","
                        + "\"offices\":[\"buergerbuero\"],\"password\":\"ein langes Passwort 8\"}");
        assertThat(madeAdmin.status()).as(madeAdmin.body()).isEqualTo(201);
        String admin = http.login("buero-leitung", "ein langes Passwort 8");
        JsonNode ticket = http.post("/api/v1/kiosk/tickets", TestServer.KIOSK, "{\"service\":\"anmeldung\"}").json().path("ticket");
        Http.Response booked = http.post("/api/v1/offices/buergerbuero/bookings", clerk, booking("anmeldung", "10:00", "Bürger Erika"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String notice = http.post("/api/v1/admin/notices", admin, "{\"text\":\"Bürgerbüro-Hinweis\",\"textEn\":\"Note\"}").json().path("id").asText();
        assertThat(http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-28\",\"reason\":\"Bürger-Inventur\"}").status()).isEqualTo(201);
        String anotherClerk = http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"buero9\",\"displayName\":\"Bürgerbüro Neun\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 9\"}").json().path("id").asText();
        String office = http.get("/api/v1/offices", null).json().findValuesAsText("name").stream()
                .filter(name -> name.startsWith("Bürger")).findFirst().orElse("Bürgerbüro");
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put("clerk", clerk);
        identities.put("admin", admin);
        identities.put("kiosk", TestServer.KIOSK);
        identities.put("display", TestServer.DISPLAY_A);
        identities.put("nobody", null);
        String categoryName = server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT name FROM categories WHERE id = 'melden'")
                .mapTo(String.class).one());
        String serviceName = server.database.jdbi().withHandle(handle -> handle.createQuery("SELECT name FROM services WHERE id = 'anmeldung'")
                .mapTo(String.class).one());
        return new World("buergerbuero", "buergerbuero-a", "melden", categoryName, "anmeldung", serviceName, "buergerbuero-1", ticket.path("id").asText(),
                ticket.path("number").asText(), booked.json().path("code").asText(), "kiosk-1", anotherClerk, notice, "2026-12-28",
                identities, List.of(office, "Bürger Erika", "Bürgerbüro-Hinweis", "Bürger-Inventur", "Bürgerbüro Neun", "Bürgerbüro Leitung"));
    }

    /** The youth office, made through the API the way its administrator would make it. */
    private World youthOffice(TestServer server) {
        TestDatabase.addYouthOffice(server.database.jdbi());
        Http http = server.http;
        String admin = http.login("jugendadmin");
        Http.Response area = http.post("/api/v1/admin/offices/jugendamt/waiting-areas", admin, "{\"name\":\"Flur Jugend\"}");
        assertThat(area.status()).as(area.body()).isEqualTo(201);
        Http.Response imported = http.postCsv("/api/v1/admin/offices/jugendamt/catalogue/import", admin,
                "category;name;name_en;durationMinutes;onlineBookable;prefix\nJugendhilfe;Ferienpass-Ausgabe;Holiday pass;10;ja;Y\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode catalogue = http.get("/api/v1/offices/jugendamt/services", null).json();
        String category = catalogue.at("/categories/0/id").asText();
        String service = catalogue.at("/categories/0/services/0/id").asText();
        Http.Response counter = http.post("/api/v1/admin/offices/jugendamt/counters", admin,
                counterBody("Jugendzimmer 1", area.json().path("id").asText(), service));
        assertThat(counter.status()).as(counter.body()).isEqualTo(201);
        Http.Response hours = http.send("PUT", "/api/v1/admin/opening-hours", admin,
                "{\"days\":{\"1\":\"08:00-16:00\",\"2\":\"08:00-16:00\",\"3\":\"08:00-16:00\"}}");
        assertThat(hours.status()).as(hours.body()).isEqualTo(204);
        Http.Response clerkMade = http.post("/api/v1/admin/clerks", admin,
                "{\"username\":\"jugend1\",\"displayName\":\"Jugend Eins\",\"role\":\"CLERK\",\"password\":\"ein langes Passwort 1\"}");
        assertThat(clerkMade.status()).as(clerkMade.body()).isEqualTo(201);
        String clerk = http.login("jugend1", "ein langes Passwort 1");
        JsonNode kiosk = http.post("/api/v1/admin/devices", admin, "{\"name\":\"Kiosk Jugend\",\"kind\":\"kiosk\"}").json();
        JsonNode display = http.post("/api/v1/admin/devices", admin,
                "{\"name\":\"Anzeige Jugend\",\"kind\":\"display\",\"waitingArea\":\"" + area.json().path("id").asText() + "\"}").json();
        assertThat(kiosk.path("token").asText()).isNotEmpty();
        assertThat(display.path("token").asText()).isNotEmpty();
        String notice = http.post("/api/v1/admin/notices", admin, "{\"text\":\"Jugend-Hinweis\",\"textEn\":\"Youth note\"}").json().path("id").asText();
        assertThat(http.post("/api/v1/admin/closures", admin, "{\"day\":\"2026-12-29\",\"reason\":\"Jugend-Teamtag\"}").status()).isEqualTo(201);
        assertThat(http.post("/api/v1/counters/" + counter.json().path("id").asText() + "/open", clerk, null).status()).isEqualTo(204);
        Http.Response drawn = http.post("/api/v1/kiosk/tickets", kiosk.path("token").asText(), service(service));
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        Http.Response booked = http.post("/api/v1/offices/jugendamt/bookings", clerk, booking(service, "10:00", "Jugend Erika"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put("clerk", clerk);
        identities.put("admin", admin);
        identities.put("kiosk", kiosk.path("token").asText());
        identities.put("display", display.path("token").asText());
        identities.put("nobody", null);
        return new World("jugendamt", area.json().path("id").asText(), category, "Jugendhilfe", service, "Ferienpass-Ausgabe", counter.json().path("id").asText(),
                drawn.json().at("/ticket/id").asText(), drawn.json().at("/ticket/number").asText(), booked.json().path("code").asText(),
                kiosk.path("id").asText(), clerkMade.json().path("id").asText(), notice, "2026-12-29", identities,
                List.of("Jugendamt", "Jugend Erika", "Ferienpass-Ausgabe", "Jugend-Hinweis", "Jugend-Teamtag", "Flur Jugend", "Jugend Eins",
                        "Leitung Jugendamt", "Kiosk Jugend", "Anzeige Jugend", "Jugendzimmer 1", "Jugendhilfe"));
    }

    /**
     * What of the other office an answer names that its request did not: its words, its office id, its ticket's number, its
     * booking's code, its objects' ids; null if nothing.
     */
    private static String leaked(String body, Call call, World other) {
        String asked = decoded(call.path()) + " " + (call.body() == null ? "" : call.body());
        for (String word : other.names()) {
            if (body.contains(word) && !asked.contains(word)) {
                return "\"" + word + "\"";
            }
        }
        // Numbers, codes and ids are matched whole: "melden" is also in "Abmelden".
        for (String id : List.of(other.office(), other.ticketNumber(), other.booking(), other.ticket(), other.counter(), other.service(),
                other.area(), other.category(), other.clerk(), other.notice())) {
            if (!id.isEmpty() && !asked.contains(id) && (body.contains("\"" + id + "\"") || body.contains("/" + id)
                    || body.contains(">" + id + "<") || body.contains(" " + id + " "))) {
                return "\"" + id + "\"";
            }
        }
        return null;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** Every row of every table that belongs to that office, as text, to compare before and after. */
    private static String snapshot(TestServer server, String office) {
        return server.database.jdbi().withHandle(handle -> {
            List<String> tables = handle.createQuery("SELECT table_name FROM information_schema.columns WHERE column_name = 'office_id' "
                    + "AND table_schema = current_schema() ORDER BY table_name").mapTo(String.class).list();
            StringBuilder all = new StringBuilder();
            for (String table : tables) {
                all.append(table).append(":\n").append(handle.createQuery("SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM "
                        + table + " t WHERE office_id = :office").bind("office", office).mapTo(String.class).one()).append('\n');
            }
            all.append("offices:\n").append(handle.createQuery("SELECT o::text FROM offices o WHERE id = :office")
                    .bind("office", office).mapTo(String.class).one()).append('\n');
            all.append("counter_services:\n").append(handle.createQuery("SELECT coalesce(string_agg(cs::text, E'\\n' ORDER BY cs::text), '') "
                    + "FROM counter_services cs JOIN counters c ON c.id = cs.counter_id WHERE c.office_id = :office")
                    .bind("office", office).mapTo(String.class).one()).append('\n');
            return all.toString();
        });
    }

    /** The lines that differ, as findings. */
    private static void diff(String what, String before, String after, List<String> findings) {
        if (before.equals(after)) {
            return;
        }
        Set<String> was = Set.copyOf(before.lines().toList());
        Set<String> is = Set.copyOf(after.lines().toList());
        before.lines().filter(line -> !is.contains(line)).forEach(line -> findings.add("CHANGED " + what + ": - " + shorten(line)));
        after.lines().filter(line -> !was.contains(line)).forEach(line -> findings.add("CHANGED " + what + ": + " + shorten(line)));
    }

    /** {@code location}: where a redirect sends the caller, else empty. */
    private record Answer(int status, String body, String location) {
    }

    /** One request; a stream's answer is read for a moment only, since a refused one ends at once and an accepted one never does. */
    private Answer send(TestServer server, Call call, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + call.path()))
                .timeout(Duration.ofSeconds(10))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Cookie", "foyer_session=" + token + "; foyer_display=" + token);
        }
        sent++;
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String text = stream ? readFor(in, 300) : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), text, response.headers().firstValue("Location").orElse(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(call.method() + " " + call.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A stream held open, read for three seconds. */
    private CompletableFuture<String> listen(TestServer server, String path, String token) {
        return CompletableFuture.supplyAsync(() -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    return response.statusCode() + " " + readFor(in, 3000);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** What arrives within the time; the caller closes the stream. */
    private static String readFor(InputStream in, long millis) throws IOException {
        StringBuilder text = new StringBuilder();
        long until = System.currentTimeMillis() + millis;
        byte[] buffer = new byte[8192];
        while (System.currentTimeMillis() < until) {
            if (in.available() > 0) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            } else {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
