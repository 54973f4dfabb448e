package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineMetersCheckTest {

    @Test
    void readsNamesLabelsAndValuesOfThePrometheusText() {
        List<PipelineMetersCheck.Sample> samples = PipelineMetersCheck.parse("""
                # HELP alliance_outbox_backlog Committed events the broker has not acknowledged yet
                # TYPE alliance_outbox_backlog gauge
                alliance_outbox_backlog 3.0
                alliance_inbox_apply_seconds_count{topic="alliance.members.v1",} 120.0
                alliance_dead_letters_total{topic="alliance.members.v1"} 0.0
                http_server_requests_seconds_bucket{le="+Inf",method="GET",uri="/api/v1/organizations"} 9.0
                kafka_consumer_fetch_manager_records_lag{client_id="c-1",partition="0",topic="alliance.members.v1"} NaN
                """);
        assertThat(samples).hasSize(5);
        assertThat(samples.get(0)).isEqualTo(new PipelineMetersCheck.Sample("alliance_outbox_backlog", Map.of(), 3.0));
        assertThat(samples.get(1).labels()).containsEntry("topic", "alliance.members.v1");
        assertThat(samples.get(3).labels()).containsEntry("le", "+Inf").containsEntry("uri", "/api/v1/organizations");
        assertThat(samples.get(4).value()).isNaN();
    }
}
