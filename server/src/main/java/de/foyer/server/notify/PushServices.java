package de.foyer.server.notify;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The push services a subscription may point at. The server posts to whatever endpoint a phone
 * hands it, so an open list would let anyone make it call into the town hall's own network; the
 * browsers' push services are few and known. An entry is an origin, its host may begin with
 * {@code *.} for any subdomain: {@code https://*.notify.windows.com}.
 */
public record PushServices(List<String> origins) {

    /** Chrome and Edge (FCM), Firefox, Safari, and Windows' own. */
    public static PushServices browsers() {
        return parse("https://fcm.googleapis.com,https://updates.push.services.mozilla.com,https://web.push.apple.com,"
                + "https://*.push.apple.com,https://*.notify.windows.com");
    }

    /** A comma-separated list of origins, as FOYER_PUSH_SERVICES gives it. */
    public static PushServices parse(String list) {
        List<String> origins = Arrays.stream(list.split(",")).map(String::trim).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).toList();
        for (String origin : origins) {
            if (!origin.matches("https?://(\\*\\.)?[a-z0-9.-]+(:\\d+)?")) {
                throw new IllegalArgumentException("FOYER_PUSH_SERVICES takes origins like https://fcm.googleapis.com, not '" + origin + "'");
            }
        }
        return new PushServices(origins);
    }

    /** Whether the server may post to this endpoint. */
    public boolean allow(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return origins.stream().anyMatch(origin -> {
            String wanted = scheme + "://";
            if (!origin.startsWith(wanted)) {
                return false;
            }
            String rest = origin.substring(wanted.length());
            if (rest.startsWith("*.")) {
                String suffix = rest.substring(1);
                String hostAndPort = host + port;
                return hostAndPort.endsWith(suffix) && hostAndPort.length() > suffix.length();
            }
            return rest.equals(host + port);
        });
    }
}
