package de.foyer.server.booking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNetworkTest {

    @Test
    void onlyTheNetworkOfAnAddressIsKept() {
        assertThat(ClientNetwork.of("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(ClientNetwork.of("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1::/48");
        assertThat(ClientNetwork.of("::ffff:198.51.100.9")).as("an IPv4 address written as IPv6").isEqualTo("198.51.100.0/24");
    }

    @Test
    void whatIsNotAnAddressIsNoNetworkAndNeverLookedUp() {
        assertThat(ClientNetwork.of(null)).isNull();
        assertThat(ClientNetwork.of("")).isNull();
        assertThat(ClientNetwork.of("example.org")).isNull();
    }
}
