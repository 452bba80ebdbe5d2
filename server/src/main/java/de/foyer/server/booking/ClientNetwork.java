package de.foyer.server.booking;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network a client address belongs to, as the office sees it beside the bookings: an IPv4
 * address's /24, an IPv6 address's /48 (what one household or company is usually given). The whole
 * address is never kept.
 */
final class ClientNetwork {

    private ClientNetwork() {
    }

    /** "203.0.113.0/24", "2001:db8:1::/48"; null for what is not an IP address. */
    static String of(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9A-Fa-f:.]+")) {
            return null; // never a name lookup
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
            }
            return String.format("%x:%x:%x::/48", word(bytes, 0), word(bytes, 2), word(bytes, 4));
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }
}
