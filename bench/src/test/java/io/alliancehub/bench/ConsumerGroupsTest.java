package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The startup scenario's verdict on the consumer groups, without a broker. */
class ConsumerGroupsTest {

    @Test
    void anInstanceInAGroupOfItsOwnLeavesTheSuiteAlone() {
        Map<String, Set<String>> suite = Map.of("events-service", Set.of("m1", "m2"));
        assertThat(ConsumerGroups.verdict(suite, suite, Set.of("own-1"))).isEmpty();
    }

    @Test
    void aMemberJoiningTheSuitesGroupIsNamed() {
        assertThat(ConsumerGroups.verdict(
                        Map.of("events-service", Set.of("m1", "m2")),
                        Map.of("events-service", Set.of("m1", "m2", "m3")),
                        Set.of("own-1")))
                .containsExactly(
                        "the suite's group events-service changed while the instance ran: joined [m3], left []");
    }

    @Test
    void aRebalancedSuiteGroupCountsAsChangedEvenWithTheSameSize() {
        // a join and rebalance gives the running members new ids
        assertThat(ConsumerGroups.verdict(
                        Map.of("events-service", Set.of("m1")), Map.of("events-service", Set.of("m9")), Set.of("o")))
                .hasSize(1);
    }

    @Test
    void anInstanceWhoseConsumersNeverJoinedProvesNothing() {
        Map<String, Set<String>> suite = Map.of("events-service", Set.of("m1"));
        assertThat(ConsumerGroups.verdict(suite, suite, Set.of()))
                .containsExactly("the instance's own consumer group has no members: its consumers never joined");
    }
}
