package io.alliancehub.notifications.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to. A subscription's URL could otherwise make the service call its own
 * cluster (a database, the metadata endpoint at 169.254.169.254), so only public unicast addresses are accepted,
 * loopback only when the local stack allows it, private ranges only when a setting does.
 */
public final class TargetAddresses {

    private TargetAddresses() {}

    /** Why {@code address} is refused, or empty when a webhook may go there. */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback, boolean allowPrivate) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("not a unicast address");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || isPrivate(address)) {
            return Optional.of("a private-range address");
        }
        return Optional.empty();
    }

    /** Ranges the JDK's isSiteLocalAddress does not cover: carrier-grade NAT, IPv6 unique local, IPv4-mapped. */
    private static boolean isPrivate(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 || first >= 240;
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return true;
    }
}
