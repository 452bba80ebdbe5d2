package de.foyer.server;

import de.foyer.server.booking.BookingSettings;
import de.foyer.server.booking.SecretFile;
import de.foyer.server.booking.SigningKeys;
import de.foyer.server.mail.MailSettings;
import de.foyer.server.mail.MailTls;
import de.foyer.server.notify.PushServices;
import de.foyer.server.notify.SmsGateway;
import de.foyer.server.web.RateLimits;
import de.foyer.server.web.TrustedProxies;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server's settings, read once from the environment at start. Every setting has a default
 * that works for a demo; a value that cannot be read stops the start with a sentence naming it.
 */
public record Config(
        int port,
        Path dataDir,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        boolean demo,
        Optional<LocalDateTime> clockStart,
        int rateLimitPerMinute,
        Optional<String> demoSecret,
        BookingSettings booking,
        RateLimits.Budgets limits,
        TrustedProxies trustedProxies,
        Optional<Path> secretFile,
        Duration secretGrace,
        Optional<SigningKeys.Retired> previousSecret,
        PushServices pushServices,
        SmsGateway sms) {

    public static Config fromEnvironment(Map<String, String> env) {
        int port = integer(env, "FOYER_PORT", 8080);
        return new Config(
                port,
                Path.of(env.getOrDefault("FOYER_DATA_DIR", "./data")),
                optional(env, "FOYER_DATABASE_URL"),
                optional(env, "FOYER_DATABASE_USER"),
                optional(env, "FOYER_DATABASE_PASSWORD"),
                yesOrNo(env, "FOYER_DEMO", false),
                optional(env, "FOYER_CLOCK_START").map(value -> dateTime("FOYER_CLOCK_START", value)),
                integer(env, "FOYER_RATE_LIMIT_PER_MINUTE", 60),
                optional(env, "FOYER_DEMO_SECRET"),
                booking(env, port),
                new RateLimits.Budgets(integer(env, "FOYER_RATE_LIMIT_PER_MINUTE", 60),
                        integer(env, "FOYER_DEVICE_RATE_LIMIT_PER_MINUTE", RateLimits.Budgets.defaults().perDevicePerMinute()),
                        integer(env, "FOYER_MAILBOX_RATE_LIMIT_PER_HOUR", RateLimits.Budgets.defaults().perMailboxPerHour()),
                        integer(env, "FOYER_BOOKING_PROOF_EASY_CHALLENGES", RateLimits.Budgets.defaults().easyChallengesPer10Minutes())),
                optional(env, "FOYER_TRUSTED_PROXIES").map(TrustedProxies::parse).orElse(TrustedProxies.none()),
                optional(env, "FOYER_SECRET_FILE").map(Path::of),
                duration(env, "FOYER_SECRET_GRACE", SigningKeys.DEFAULT_GRACE),
                previousSecret(env),
                optional(env, "FOYER_PUSH_SERVICES").map(PushServices::parse).orElse(PushServices.browsers()),
                optional(env, "FOYER_SMS_GATEWAY").map(url -> SmsGateway.of(url, optional(env, "FOYER_SMS_GATEWAY_BODY")))
                        .orElse(SmsGateway.off()));
    }

    /**
     * The operator's own signing secret (FOYER_CHECKIN_SECRET), with the one it replaced while that
     * one's grace lasts; empty when the key file is used.
     */
    public Optional<SigningKeys> operatorKeys() {
        return booking.checkinSecret().map(secret -> new SigningKeys(SigningKeys.of(secret).current(), previousSecret, secretGrace));
    }

    /**
     * A rotation of FOYER_CHECKIN_SECRET: the secret before it, and since when it is replaced; codes
     * signed with it are accepted for FOYER_SECRET_GRACE from then.
     */
    private static Optional<SigningKeys.Retired> previousSecret(Map<String, String> env) {
        Optional<String> previous = optional(env, "FOYER_CHECKIN_SECRET_PREVIOUS");
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        if (optional(env, "FOYER_CHECKIN_SECRET").isEmpty()) {
            throw new IllegalArgumentException("FOYER_CHECKIN_SECRET_PREVIOUS is the secret FOYER_CHECKIN_SECRET replaced; set both, or neither");
        }
        if (previous.get().length() < BookingSettings.SHORTEST_SECRET) {
            throw new IllegalArgumentException("FOYER_CHECKIN_SECRET_PREVIOUS must have at least " + BookingSettings.SHORTEST_SECRET + " characters");
        }
        String rotated = optional(env, "FOYER_CHECKIN_SECRET_ROTATED").orElseThrow(() -> new IllegalArgumentException(
                "FOYER_CHECKIN_SECRET_PREVIOUS needs FOYER_CHECKIN_SECRET_ROTATED, when the secret was replaced (like 2026-12-06T10:00+01:00)"));
        try {
            return Optional.of(new SigningKeys.Retired(previous.get().getBytes(StandardCharsets.UTF_8), OffsetDateTime.parse(rotated).toInstant()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("FOYER_CHECKIN_SECRET_ROTATED must be a date-time with its offset like 2026-12-06T10:00+01:00, not '"
                    + rotated + "'");
        }
    }

    /** The signing key file: FOYER_SECRET_FILE, else checkin.key in the data directory. */
    public Path secretPath() {
        return secretFile.orElse(dataDir.resolve(SecretFile.DEFAULT_NAME));
    }

    /** Proof of work, the secret behind QR codes, the portal's address for links in mails, and the mail server. */
    private static BookingSettings booking(Map<String, String> env, int port) {
        MailSettings mail = new MailSettings(optional(env, "FOYER_SMTP_HOST"), integer(env, "FOYER_SMTP_PORT", 25),
                optional(env, "FOYER_SMTP_USER"), optional(env, "FOYER_SMTP_PASSWORD"),
                optional(env, "FOYER_SMTP_FROM").orElse(MailSettings.off().from()),
                optional(env, "FOYER_SMTP_TLS").map(MailTls::parse).orElse(MailTls.STARTTLS),
                optional(env, "FOYER_SMTP_CA_FILE").map(Path::of));
        return BookingSettings.defaults()
                .withProofBits(integer(env, "FOYER_BOOKING_PROOF_BITS", BookingSettings.DEFAULT_PROOF_BITS))
                .withCheckinSecret(optional(env, "FOYER_CHECKIN_SECRET"))
                .withPublicUrl(optional(env, "FOYER_PUBLIC_URL").orElse("http://localhost:" + port))
                .withMail(mail);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Only true or false: a "yes" that quietly meant false would start an empty office instead of the demo. */
    private static boolean yesOrNo(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        Optional<String> value = optional(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            Duration duration = Duration.parse(value.get());
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a duration like P60D (60 days) or PT12H, not '" + value.get() + "'");
        }
    }

    private static LocalDateTime dateTime(String name, String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " must be a local date-time like 2026-11-24T09:00, not '" + value + "'");
        }
    }
}
