package io.alliancehub.kit.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A read that stays in progress until a test releases it: requests in flight on demand. */
@Path("/kit-test/held")
@PermitAll
public class HeldResource {

    public static final AtomicReference<CountDownLatch> RELEASE = new AtomicReference<>(new CountDownLatch(0));

    @GET
    public String held() throws InterruptedException {
        RELEASE.get().await(20, TimeUnit.SECONDS);
        return "released";
    }
}
