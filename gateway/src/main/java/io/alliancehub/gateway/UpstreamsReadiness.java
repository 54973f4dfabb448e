package io.alliancehub.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Aggregated readiness: each service's own /q/health/ready, asked with a one-second limit. The
 * gateway is ready when it can route somewhere: at least one service answers ready (a service
 * that is down gets 503 answers on its routes, the others keep working). The data shows each one.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {

    @Inject
    Upstreams upstreams;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
        int ready = 0;
        for (Upstreams.Target t : upstreams.all().values()) {
            String state;
            try {
                int status = upstreams
                        .client()
                        .request(new RequestOptions()
                                .setMethod(HttpMethod.GET)
                                .setHost(t.host())
                                .setPort(t.port())
                                .setSsl(t.ssl())
                                .setURI("/q/health/ready")
                                .setIdleTimeout(1000))
                        .compose(r -> r.send().compose(res -> res.body().map(b -> res.statusCode())))
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(1, TimeUnit.SECONDS);
                state = status == 200 ? "UP" : "DOWN (" + status + ")";
            } catch (Exception e) {
                state = "DOWN (not answering)";
            }
            if (state.equals("UP")) {
                ready++;
            }
            builder.withData(t.name(), state + ", breaker " + t.breaker().state());
        }
        return builder.status(ready > 0).build();
    }
}
