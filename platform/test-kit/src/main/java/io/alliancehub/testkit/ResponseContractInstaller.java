package io.alliancehub.testkit;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Files;

/**
 * Puts {@link ResponseContract} in front of every REST Assured call of every {@code @QuarkusTest},
 * against the module's committed spec ({@link CommittedOpenApi#COMMITTED}). Installed by Quarkus's
 * test callback service loader ({@code META-INF/services}) for each module that depends on
 * test-kit: a test needs to do nothing, and cannot forget it.
 */
public class ResponseContractInstaller implements QuarkusTestBeforeEachCallback {

    private static boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ResponseContractInstaller.class) {
            // a module without a committed spec (the gateway) is not a service: nothing to check against
            if (!installed && Files.exists(CommittedOpenApi.COMMITTED)) {
                RestAssured.filters(ResponseContract.of(CommittedOpenApi.COMMITTED));
                installed = true;
            }
        }
    }
}
