package io.batterylab.rest.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The key under which a client address is counted: an IPv4 address as it is, an IPv6 address by its /64. */
final class ClientAddresses {
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddresses() {
    }

    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // An address with a colon is parsed as an IPv6 literal (with or without brackets), never looked up by name.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
