package de.foyer.server;

import de.foyer.server.mail.MailTls;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {

    @Test
    void defaultsServeADemoOnOnePort() {
        Config config = Config.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.rateLimitPerMinute()).isEqualTo(60);
    }

    @Test
    void readsTheEnvironment() {
        Config config = Config.fromEnvironment(Map.of("FOYER_PORT", "9000", "FOYER_DEMO", "true",
                "FOYER_CLOCK_START", "2026-11-24T09:00", "FOYER_DATABASE_URL", "jdbc:postgresql://db/foyer"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.demo()).isTrue();
        assertThat(config.clockStart()).contains(LocalDateTime.of(2026, 11, 24, 9, 0));
        assertThat(config.databaseUrl()).contains("jdbc:postgresql://db/foyer");
    }

    @Test
    void aValueThatCannotBeReadIsNamed() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_PORT", "eighty")))
                .hasMessageContaining("FOYER_PORT");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_CLOCK_START", "tomorrow")))
                .hasMessageContaining("FOYER_CLOCK_START");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_DEMO", "yes")))
                .hasMessage("FOYER_DEMO must be true or false, not 'yes'");
    }

    @Test
    void theDemoIsSwitchedByTrueOrFalseInAnyCase() {
        assertThat(Config.fromEnvironment(Map.of("FOYER_DEMO", "TRUE")).demo()).isTrue();
        assertThat(Config.fromEnvironment(Map.of("FOYER_DEMO", "false")).demo()).isFalse();
        assertThat(Config.fromEnvironment(Map.of()).demo()).isFalse();
    }

    @Test
    void mailIsEncryptedUnlessTheOperatorSaysOtherwise() {
        assertThat(Config.fromEnvironment(Map.of()).booking().mail().tls()).isEqualTo(MailTls.STARTTLS);
        assertThat(Config.fromEnvironment(Map.of("FOYER_SMTP_TLS", "SMTPS")).booking().mail().tls()).isEqualTo(MailTls.SMTPS);
        assertThat(Config.fromEnvironment(Map.of("FOYER_SMTP_TLS", "none")).booking().mail().tls()).isEqualTo(MailTls.NONE);
        String secret = "an-operators-secret-of-enough-characters";
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_CHECKIN_SECRET_PREVIOUS", secret)))
                .hasMessageContaining("set both, or neither");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_CHECKIN_SECRET", secret, "FOYER_CHECKIN_SECRET_PREVIOUS", secret + "-old")))
                .hasMessageContaining("FOYER_CHECKIN_SECRET_ROTATED");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_CHECKIN_SECRET", secret, "FOYER_CHECKIN_SECRET_PREVIOUS", secret + "-old",
                "FOYER_CHECKIN_SECRET_ROTATED", "yesterday"))).hasMessageContaining("2026-12-06T10:00+01:00");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_SMTP_TLS", "off")))
                .hasMessageContaining("FOYER_SMTP_TLS");
    }

    @Test
    void trustedProxiesAreAddressesOrNetworks() {
        assertThat(Config.fromEnvironment(Map.of()).trustedProxies().patterns()).isEmpty();
        assertThat(Config.fromEnvironment(Map.of("FOYER_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8 ::1")).trustedProxies().patterns())
                .containsExactly("127.0.0.1", "10.0.0.0/8", "::1");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_TRUSTED_PROXIES", "proxy.example.de")))
                .hasMessageContaining("FOYER_TRUSTED_PROXIES");
    }
}
