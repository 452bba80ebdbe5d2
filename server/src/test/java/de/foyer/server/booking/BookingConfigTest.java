package de.foyer.server.booking;

import de.foyer.server.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The booking settings as the environment gives them. */
class BookingConfigTest {

    @Test
    void defaultsDemandAProofAndSendNoMail() {
        BookingSettings settings = Config.fromEnvironment(Map.of("FOYER_PORT", "9000")).booking();

        assertThat(settings.proofBits()).isEqualTo(18);
        assertThat(settings.mail().enabled()).isFalse();
        assertThat(settings.checkinSecret()).isEmpty();
        assertThat(settings.publicUrl()).isEqualTo("http://localhost:9000");
    }

    @Test
    void readsProofMailSecretAndAddress() {
        BookingSettings settings = Config.fromEnvironment(Map.of(
                "FOYER_BOOKING_PROOF_BITS", "0", "FOYER_SMTP_HOST", "mail.rathaus.example", "FOYER_SMTP_PORT", "587",
                "FOYER_SMTP_USER", "foyer", "FOYER_SMTP_PASSWORD", "pw", "FOYER_SMTP_FROM", "buergerbuero@example.de",
                "FOYER_CHECKIN_SECRET", "0123456789abcdef0123456789abcdef", "FOYER_PUBLIC_URL", "https://termine.example.de")).booking();

        assertThat(settings.proofBits()).isZero();
        assertThat(settings.mail().host()).contains("mail.rathaus.example");
        assertThat(settings.mail().port()).isEqualTo(587);
        assertThat(settings.mail().user()).contains("foyer");
        assertThat(settings.mail().from()).isEqualTo("buergerbuero@example.de");
        assertThat(settings.checkinSecret()).contains("0123456789abcdef0123456789abcdef");
        assertThat(settings.publicUrl()).isEqualTo("https://termine.example.de");
    }

    @Test
    void aWeakSecretOrImpossibleProofStopsTheStartWithItsName() {
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_CHECKIN_SECRET", "short")))
                .hasMessageContaining("FOYER_CHECKIN_SECRET");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_BOOKING_PROOF_BITS", "99")))
                .hasMessageContaining("FOYER_BOOKING_PROOF_BITS");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("FOYER_SMTP_PORT", "smtp")))
                .hasMessageContaining("FOYER_SMTP_PORT");
    }
}
