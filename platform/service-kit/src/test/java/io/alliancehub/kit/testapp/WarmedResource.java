package io.alliancehub.kit.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The read the test application warms up with ({@code alliance.warm-up.paths}); counts its calls. */
@Path("/kit-test/warmed")
@PermitAll
public class WarmedResource {

    public static final AtomicInteger CALLS = new AtomicInteger();

    @GET
    public String warmed() {
        CALLS.incrementAndGet();
        return "warm";
    }
}
