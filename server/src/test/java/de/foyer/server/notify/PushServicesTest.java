package de.foyer.server.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server posts only to the browsers' push services, never to an address a stranger chose. */
class PushServicesTest {

    private final PushServices browsers = PushServices.browsers();

    @Test
    void theBrowsersPushServicesAreAllowed() {
        assertThat(browsers.allow("https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b")).isTrue();
        assertThat(browsers.allow("https://updates.push.services.mozilla.com/wpush/v2/gAAAAA")).isTrue();
        assertThat(browsers.allow("https://web.push.apple.com/QGuQyavXutnMH")).isTrue();
        assertThat(browsers.allow("https://wns2-par02p.notify.windows.com/w/?token=BQYAAA")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(browsers.allow("http://fcm.googleapis.com/fcm/send/x")).as("plain http").isFalse();
        assertThat(browsers.allow("https://fcm.googleapis.com.evil.example/x")).isFalse();
        assertThat(browsers.allow("https://evil.example/?https://fcm.googleapis.com")).isFalse();
        assertThat(browsers.allow("https://user@fcm.googleapis.com/x")).isFalse();
        assertThat(browsers.allow("https://fcm.googleapis.com:8443/x")).isFalse();
        assertThat(browsers.allow("https://notify.windows.com/x")).as("the wildcard wants a subdomain").isFalse();
        assertThat(browsers.allow("https://evilnotify.windows.com/x")).isFalse();
        assertThat(browsers.allow("https://10.0.0.1/x")).isFalse();
        assertThat(browsers.allow("not a url")).isFalse();
        assertThat(browsers.allow("file:///etc/passwd")).isFalse();
    }

    @Test
    void anOperatorMayNameItsOwnWithAPort() {
        PushServices own = PushServices.parse(" https://push.example.de:8443/ , http://127.0.0.1:9000");
        assertThat(own.allow("https://push.example.de:8443/p/1")).isTrue();
        assertThat(own.allow("https://push.example.de/p/1")).isFalse();
        assertThat(own.allow("http://127.0.0.1:9000/push/1")).isTrue();
        assertThatThrownBy(() -> PushServices.parse("fcm.googleapis.com")).hasMessageContaining("FOYER_PUSH_SERVICES");
    }
}
