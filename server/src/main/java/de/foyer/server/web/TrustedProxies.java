package de.foyer.server.web;

import io.javalin.http.Context;
import org.eclipse.jetty.util.InetAddressSet;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (FOYER_TRUSTED_PROXIES:
 * addresses and CIDRs, e.g. "127.0.0.1, 10.0.0.0/8"). From anyone else these headers are whatever a
 * client wrote, so the connection's own address and scheme count: otherwise every script could pick
 * a fresh address for each request and never meet a rate limit.
 */
public final class TrustedProxies {

    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    // Java parses these without a DNS query: four decimal parts, or anything with a colon (IPv6).
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final InetAddressSet proxies = new InetAddressSet();
    private final List<String> patterns;

    private TrustedProxies(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            try {
                proxies.add(pattern);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("FOYER_TRUSTED_PROXIES: '" + pattern
                        + "' is neither an address nor a CIDR like 10.0.0.0/8");
            }
        }
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Addresses and CIDRs separated by commas or spaces. */
    public static TrustedProxies parse(String list) {
        List<String> patterns = Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        patterns.forEach(pattern -> {
            if (!ADDRESS_LITERAL.matcher(pattern.replaceFirst("/\\d{1,3}$", "")).matches()) {
                throw new IllegalArgumentException("FOYER_TRUSTED_PROXIES: '" + pattern
                        + "' is neither an address nor a CIDR like 10.0.0.0/8");
            }
        });
        return new TrustedProxies(patterns);
    }

    public List<String> patterns() {
        return patterns;
    }

    /**
     * The client's address: the connection's, unless that is a trusted proxy; then the nearest address
     * in X-Forwarded-For that is not a trusted proxy itself (entries further left were written by
     * whoever sent the request and prove nothing).
     */
    public String clientAddress(Context ctx) {
        String connection = ctx.req().getRemoteAddr();
        if (!trusts(connection)) {
            return connection;
        }
        List<String> chain = new ArrayList<>();
        for (String header : ctx.req().getHeaders("X-Forwarded-For") == null ? List.<String>of()
                : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            Arrays.stream(header.split(",")).map(String::strip).forEach(chain::add);
        }
        String client = connection;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> address = literal(chain.get(i));
            if (address.isEmpty()) {
                break;
            }
            client = address.get().getHostAddress();
            if (!proxies.test(address.get())) {
                break;
            }
        }
        return client;
    }

    /** "https" when the connection is, or when a trusted proxy says the client's connection to it was. */
    public String scheme(Context ctx) {
        String scheme = ctx.req().getScheme();
        String forwarded = ctx.req().getHeader("X-Forwarded-Proto");
        if (forwarded == null || !trusts(ctx.req().getRemoteAddr())) {
            return scheme;
        }
        String first = forwarded.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return first.equals("https") || first.equals("http") ? first : scheme;
    }

    private boolean trusts(String address) {
        return !patterns.isEmpty() && literal(address).map(proxies::test).orElse(false);
    }

    /** Only literal addresses: a name in a header must never make the server ask DNS. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || !ADDRESS_LITERAL.matcher(text).matches() || !(IPV4.matcher(text).matches() || text.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
