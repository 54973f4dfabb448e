package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class TargetAddressesTest {

    static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void publicAddressesAreAccepted() throws Exception {
        for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "100.128.0.1"}) {
            assertThat(TargetAddresses.refusal(ip(a), false, false)).as(a).isEmpty();
        }
    }

    @Test
    void privateLinkLocalAndSpecialRangesAreRefusedEvenWhereLoopbackIsAllowed() throws Exception {
        for (String a : new String[] {
            "10.0.0.1",
            "172.16.5.4",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "fd00::1",
            "fe80::1",
            "::ffff:10.1.2.3",
            "224.0.0.1",
            "255.255.255.255"
        }) {
            assertThat(TargetAddresses.refusal(ip(a), true, false)).as(a).isPresent();
        }
    }

    @Test
    void loopbackOnlyWhenAllowed() throws Exception {
        assertThat(TargetAddresses.refusal(ip("127.0.0.1"), false, false)).hasValue("a loopback address");
        assertThat(TargetAddresses.refusal(ip("::1"), false, true)).isPresent();
        assertThat(TargetAddresses.refusal(ip("127.0.0.1"), true, false)).isEmpty();
    }

    @Test
    void privateRangesOnlyWhenAllowed() throws Exception {
        assertThat(TargetAddresses.refusal(ip("10.0.0.1"), false, true)).isEmpty();
        assertThat(TargetAddresses.refusal(ip("0.0.0.0"), true, true)).isPresent();
    }
}
