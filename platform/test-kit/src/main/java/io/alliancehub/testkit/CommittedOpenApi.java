package io.alliancehub.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed spec ({@code <service>/openapi/openapi.yaml}) is what partners and the front-end
 * team build against: it must be exactly what the service serves. With {@code -Dupdate-openapi=true}
 * ({@code ./alliance openapi}) the served spec is written there first, to be reviewed and committed.
 */
public final class CommittedOpenApi {

    public static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    private CommittedOpenApi() {}

    /** Fails unless {@code served} equals the committed spec; updates it first when asked to. */
    public static void verify(String served) {
        try {
            if (Boolean.getBoolean("update-openapi")) {
                Files.createDirectories(COMMITTED.getParent());
                Files.writeString(COMMITTED, served);
            }
            if (!Files.exists(COMMITTED)) {
                throw new AssertionError("no committed spec at " + COMMITTED.toAbsolutePath()
                        + "; run ./alliance openapi and commit it");
            }
            if (!served.equals(Files.readString(COMMITTED))) {
                throw new AssertionError("served spec differs from " + COMMITTED.toAbsolutePath()
                        + "; run ./alliance openapi and commit it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
