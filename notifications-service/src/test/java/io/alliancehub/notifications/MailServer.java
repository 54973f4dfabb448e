package io.alliancehub.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free port the mailer is pointed at. {@link #stop()} and
 * {@link #start()} take it away and bring it back on the same port, keeping nothing: a mail server that was down.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static final int PORT = freePort();
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(PORT));
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received so far (since the server last started). */
    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** The mails received for one address. */
    public static List<MimeMessage> to(String address) {
        return received().stream()
                .filter(m -> {
                    try {
                        return java.util.Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The mails for one address once there are at least {@code count} (30 s at most). */
    public static List<MimeMessage> await(String address, int count) {
        org.awaitility.Awaitility.await("mail to " + address)
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> to(address).size() >= count);
        return to(address);
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
