package de.foyer.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A push service as a browser's vendor runs it, on a local port: each phone made here has its own
 * endpoint and its own keys, as a browser's {@code pushManager.subscribe} gives them. What the
 * server posts is checked as a push service and a browser would check it (the VAPID token signed by
 * the key the ticket page subscribed with, for this origin, not expired) and decrypted with the
 * phone's private key and auth secret (RFC 8291, aes128gcm). Anything that fails a check is
 * answered 400 and counted, never taken as a notice.
 */
final class TestPushService implements AutoCloseable {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A subscribed browser: its keys, and the notices it was sent, decrypted. */
    final class Phone {
        final int number;
        final KeyPair keys;
        final byte[] auth = new byte[16];
        final int answer;
        final BlockingQueue<Received> notices = new LinkedBlockingQueue<>();

        Phone(int number, int answer) throws GeneralSecurityException {
            this.number = number;
            this.answer = answer;
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
            new SecureRandom().nextBytes(auth);
        }

        String endpoint() {
            return origin() + "/push/" + number;
        }

        String p256dh() {
            return URL.encodeToString(uncompressed((ECPublicKey) keys.getPublic()));
        }

        String authSecret() {
            return URL.encodeToString(auth);
        }

        /** The browser's subscription as the ticket page posts it. */
        Map<String, Object> subscription(int ahead) {
            return Map.of("endpoint", endpoint(), "keys", Map.of("p256dh", p256dh(), "auth", authSecret()), "ahead", ahead);
        }

        Received next(long timeout, TimeUnit unit) throws InterruptedException {
            return notices.poll(timeout, unit);
        }
    }

    /** A notice as the phone's service worker gets it, and when it arrived. */
    record Received(JsonNode notice, long arrivedNanos, String urgency) {
        String title() {
            return notice.path("title").asText();
        }
    }

    private final HttpServer server;
    private final Map<Integer, Phone> phones = new ConcurrentHashMap<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private volatile String applicationServerKey;

    TestPushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/push/", this::handle);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The key the ticket page subscribes with: only tokens signed by its private half are taken. */
    void expectKey(String applicationServerKey) {
        this.applicationServerKey = applicationServerKey;
    }

    /** A new phone whose endpoint answers posts with this status (201 delivered, 410 gone). */
    Phone phone(int answer) throws GeneralSecurityException {
        Phone phone = new Phone(numbers.incrementAndGet(), answer);
        phones.put(phone.number, phone);
        return phone;
    }

    /** Why posts were refused: empty when every post was a correctly signed, decryptable notice. */
    List<String> refused() {
        return refused;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Phone phone = phones.get(Integer.parseInt(exchange.getRequestURI().getPath().substring("/push/".length())));
            String problem = check(exchange);
            if (phone == null || problem != null) {
                refused.add(phone == null ? "unknown endpoint" : problem);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            JsonNode notice;
            try {
                notice = JSON.readTree(decrypt(body, phone));
            } catch (GeneralSecurityException | RuntimeException e) {
                refused.add("cannot decrypt: " + e);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            phone.notices.add(new Received(notice, arrived, exchange.getRequestHeaders().getFirst("Urgency")));
            exchange.sendResponseHeaders(phone.answer, -1);
        }
    }

    /** RFC 8030 and 8292: the encoding, a lifetime, and a VAPID token for this origin signed with the expected key. */
    private String check(HttpExchange exchange) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return "method " + exchange.getRequestMethod();
        }
        if (!"aes128gcm".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            return "Content-Encoding " + exchange.getRequestHeaders().getFirst("Content-Encoding");
        }
        if (exchange.getRequestHeaders().getFirst("TTL") == null) {
            return "no TTL";
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("vapid ")) {
            return "Authorization " + authorization;
        }
        Map<String, String> parts = new ConcurrentHashMap<>();
        for (String part : authorization.substring("vapid ".length()).split(",")) {
            String[] pair = part.trim().split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        if (!parts.get("k").equals(applicationServerKey)) {
            return "signed with another key";
        }
        try {
            String[] jwt = parts.get("t").split("\\.");
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initVerify(publicKey(Base64.getUrlDecoder().decode(parts.get("k"))));
            es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
            if (!es256.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
                return "VAPID signature does not verify";
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
            if (!origin().equals(claims.path("aud").asText())) {
                return "aud " + claims.path("aud").asText();
            }
            if (claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return "expired token";
            }
            if (!claims.path("sub").asText().matches("(mailto:|https://).+")) {
                return "sub " + claims.path("sub").asText();
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return "bad VAPID token: " + e;
        }
        return null;
    }

    /** RFC 8291 §3.4 and RFC 8188: the record's header names salt and the sender's key; the phone's keys open it. */
    private static byte[] decrypt(byte[] body, Phone phone) throws GeneralSecurityException {
        ByteBuffer header = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        header.get(salt);
        int recordSize = header.getInt();
        byte[] senderKey = new byte[header.get() & 0xff];
        header.get(senderKey);
        byte[] cipherText = Arrays.copyOfRange(body, header.position(), body.length);
        if (recordSize < cipherText.length) {
            throw new GeneralSecurityException("more than one record");
        }
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(phone.keys.getPrivate());
        agreement.doPhase(publicKey(senderKey), true);
        byte[] sharedSecret = agreement.generateSecret();
        byte[] phoneKey = uncompressed((ECPublicKey) phone.keys.getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), phoneKey, senderKey);
        byte[] ikm = expand(hmac(phone.auth, sharedSecret), keyInfo, 32);
        byte[] prk = hmac(salt, ikm);
        byte[] contentKey = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(cipherText);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("no last-record delimiter");
        }
        return Arrays.copyOf(padded, end);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** HKDF-Expand for one block, all these lengths need. */
    private static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[]{1})), length);
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer joined = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(joined::put);
        return joined.array();
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copyFixed(key.getW().getAffineX(), point, 1);
        copyFixed(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copyFixed(BigInteger value, byte[] into, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, at + 32 - length, length);
    }

    private static PublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
