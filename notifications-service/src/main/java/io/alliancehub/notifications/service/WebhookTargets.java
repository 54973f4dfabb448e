package io.alliancehub.notifications.service;

import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.notifications.config.NotificationsConfig;
import io.alliancehub.notifications.domain.TargetAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a webhook URL and the addresses its host resolves to. The check runs when a subscription is written and
 * again before each attempt, and the attempt connects to the address that was checked (WebhookClient), so a host
 * whose DNS answer changes in between cannot turn the service against its own network.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    NotificationsConfig config;

    /** A URL taken apart: where to connect and what to ask for. */
    public record Target(URI uri, InetAddress address, int port, boolean tls) {}

    /** The URL, checked for form; a 400 problem on the {@code url} field when it is not a usable webhook URL. */
    public static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.invalidField("url", "not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw ApiException.invalidField("url", "must be an https or http URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ApiException.invalidField("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalidField("url", "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw ApiException.invalidField("url", "must not have a fragment");
        }
        return uri;
    }

    /** Checks {@code url} for a subscription: a 400 problem when it is malformed or its host is refused. */
    public void check(String url) {
        resolve(parse(url)).ifPresent(refusal -> {
            throw ApiException.invalidField("url", refusal);
        });
    }

    /** Where an attempt connects to, or why it may not. */
    public Target target(String url) {
        URI uri = parse(url);
        InetAddress[] addresses = addresses(uri);
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        return new Target(uri, addresses[0], port, tls);
    }

    private Optional<String> resolve(URI uri) {
        try {
            addresses(uri);
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** Every address of the host, all of them allowed; IllegalArgumentException saying why not. */
    private InetAddress[] addresses(URI uri) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + uri.getHost() + " does not resolve");
        }
        boolean loopback = config.webhooks().allowLoopbackTargets();
        boolean privateRanges = config.webhooks().allowPrivateTargets();
        for (InetAddress a : all) {
            Optional<String> refusal = TargetAddresses.refusal(a, loopback, privateRanges);
            if (refusal.isPresent()) {
                throw new IllegalArgumentException("refused: " + uri.getHost() + " resolves to " + refusal.get() + " ("
                        + a.getHostAddress() + "); webhooks go to public addresses only");
            }
        }
        return all;
    }
}
