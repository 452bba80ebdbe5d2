package de.foyer.server.screens;

import de.foyer.protocol.DeviceRegistration;
import de.foyer.server.devices.DeviceService;
import de.foyer.server.testing.Fixtures;
import de.foyer.server.testing.Http;
import de.foyer.server.testing.TestServer;
import de.foyer.server.web.Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Displays report in like kiosks, and /admin tells from their last heartbeat whether they are on. */
@ExtendWith(Fixtures.class)
class DisplayHeartbeatTest {

    private TestServer server;
    private Http http;
    private String admin;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        http = server.http;
        admin = http.login("admin");
    }

    @Test
    void aDisplaysHeartbeatShowsItOnlineInAdminUntilItFallsSilent() {
        assertThat(deviceState("display-1")).isEqualTo("offline");

        assertThat(http.post("/api/v1/devices/heartbeat", TestServer.DISPLAY_A, null).status()).isEqualTo(204);

        assertThat(deviceState("display-1")).isEqualTo("online");
        assertThat(deviceState("display-2")).as("a display that sent nothing").isEqualTo("offline");
        server.clock.advance(Duration.ofMinutes(3));
        assertThat(deviceState("display-1")).as("three minutes without a heartbeat").isEqualTo("offline");
    }

    @Test
    void theBrowserDisplayReportsInWithItsCookie() {
        String cookie = signInCookie("buergerbuero-a", TestServer.DISPLAY_A);

        Http.Response beat = http.send(http.request("/display/buergerbuero-a/heartbeat", null)
                .header("Cookie", cookie).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(beat.status()).isEqualTo(204);
        assertThat(deviceState("display-1")).isEqualTo("online");
    }

    @Test
    void theBrowserHeartbeatRefusesNoCookieAnotherAreaAndAnotherOffice() {
        server.database.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO offices (id, name) VALUES ('rathaus-nord', 'Bürgerbüro Nord')");
            handle.execute("INSERT INTO waiting_areas (id, office_id, name) VALUES ('nord-a', 'rathaus-nord', 'Nord')");
        });
        String nordToken = new DeviceService(server.database.jdbi(), new Tokens(), server.clock).register("rathaus-nord", null,
                new DeviceRegistration.Request("nord-display", "display", "nord-a", "rathaus-nord"), "secret-of-nord").token();

        assertThat(beat(null).status()).isEqualTo(401);
        assertThat(beat(signInCookie("buergerbuero-b", TestServer.DISPLAY_B)).errorCode()).isEqualTo("WRONG_WAITING_AREA");
        assertThat(beat(signInCookie("nord-a", nordToken)).errorCode()).isEqualTo("WRONG_WAITING_AREA");
        assertThat(beat("foyer_display=" + nordToken).status()).isEqualTo(403);

        assertThat(deviceState("display-1")).isEqualTo("offline");
        assertThat(deviceState("display-2")).isEqualTo("offline");
    }

    private Http.Response beat(String cookie) {
        var request = http.request("/display/buergerbuero-a/heartbeat", null);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
    }

    /** Signs a browser screen in as a TV would, once with the token in the address, and returns its cookie. */
    private String signInCookie(String area, String token) {
        Http.Response signIn = http.get("/display/" + area + "?token=" + token, null);
        assertThat(signIn.status()).isEqualTo(303);
        return signIn.raw().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** "online" or "offline", as the admin page marks the device's row. */
    private String deviceState(String device) {
        Http.Response page = http.send(http.request("/admin", admin).header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(200);
        Element row = Jsoup.parse(page.body()).selectFirst("#devices tr[data-device=" + device + "]");
        assertThat(row).as("row of " + device).isNotNull();
        return row.selectFirst("span.online") != null ? "online" : row.selectFirst("span.offline") != null ? "offline" : "?";
    }
}
