package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypePatternsTest {

    static final List<String> KNOWN = List.of(
            "io.alliancehub.events.registration.confirmed.v1",
            "io.alliancehub.events.registration.waitlisted.v1",
            "io.alliancehub.agreements.agreement.signed.v1");

    @Test
    void aPrefixEndingInDotStarMatchesTheTypesUnderIt() {
        assertThat(EventTypePatterns.matches("io.alliancehub.events.registration.*", KNOWN.get(0)))
                .isTrue();
        assertThat(EventTypePatterns.matches("io.alliancehub.events.registration.*", KNOWN.get(2)))
                .isFalse();
        assertThat(EventTypePatterns.matches("io.alliancehub.events.reg.*", KNOWN.get(0)))
                .as("a prefix matches at a dot only")
                .isFalse();
        assertThat(EventTypePatterns.matches(KNOWN.get(2), KNOWN.get(2))).isTrue();
        assertThat(EventTypePatterns.matches(KNOWN.get(2), KNOWN.get(0))).isFalse();
        assertThat(EventTypePatterns.anyMatches(List.of(KNOWN.get(2), "io.alliancehub.events.*"), KNOWN.get(1)))
                .isTrue();
        assertThat(EventTypePatterns.anyMatches(List.of(KNOWN.get(2)), KNOWN.get(1)))
                .isFalse();
    }

    @Test
    void aPatternMustMatchAPublishedType() {
        assertThat(EventTypePatterns.problem("io.alliancehub.*", KNOWN)).isEmpty();
        assertThat(EventTypePatterns.problem(KNOWN.get(0), KNOWN)).isEmpty();
        assertThat(EventTypePatterns.problem("io.alliancehub.events.registration.confirmed.v2", KNOWN))
                .hasValueSatisfying(p -> assertThat(p).contains("matches none"));
        assertThat(EventTypePatterns.problem("io.alliancehub.*.registration.*", KNOWN))
                .hasValueSatisfying(p -> assertThat(p).contains("wildcard"));
        assertThat(EventTypePatterns.problem("*", KNOWN)).isPresent();
        assertThat(EventTypePatterns.problem(" ", KNOWN)).isPresent();
        assertThat(EventTypePatterns.problem(null, KNOWN)).isPresent();
        assertThat(EventTypePatterns.problem("io.alliancehub." + "x".repeat(200) + ".*", KNOWN))
                .hasValueSatisfying(p -> assertThat(p).contains("at most"));
    }
}
