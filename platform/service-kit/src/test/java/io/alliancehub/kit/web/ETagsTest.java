package io.alliancehub.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alliancehub.kit.problem.ApiException;
import org.junit.jupiter.api.Test;

/** If-Match against the row version: 428 when absent, 412 when stale, any listed tag (weak or strong) matches. */
class ETagsTest {

    static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (ApiException e) {
            return e.status();
        }
    }

    @Test
    void aMissingIfMatchIs428AndAStaleOneIs412() {
        assertThat(status(() -> ETags.requireMatch(null, 3))).isEqualTo(428);
        assertThat(status(() -> ETags.requireMatch("  ", 3))).isEqualTo(428);
        assertThat(status(() -> ETags.requireMatch("\"2\"", 3))).isEqualTo(412);
        assertThat(status(() -> ETags.requireMatch("\"33\"", 3))).isEqualTo(412);
        assertThat(status(() -> ETags.requireMatch("\"\"", 3))).isEqualTo(412);
    }

    @Test
    void theCurrentVersionMatchesQuotedWeakBareOrInAList() {
        assertThat(status(() -> ETags.requireMatch("\"3\"", 3))).isEqualTo(200);
        assertThat(status(() -> ETags.requireMatch("W/\"3\"", 3))).isEqualTo(200);
        assertThat(status(() -> ETags.requireMatch("3", 3))).isEqualTo(200);
        assertThat(status(() -> ETags.requireMatch("\"1\", \"3\"", 3))).isEqualTo(200);
        assertThat(status(() -> ETags.requireMatch("\"", 3)))
                .as("a lone quote is not a tag")
                .isEqualTo(412);
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3)).isInstanceOf(ApiException.class);
    }

    @Test
    void theTagIsTheVersion() {
        assertThat(ETags.of(7).getValue()).isEqualTo("7");
        assertThat(ETags.of(7).isWeak()).isFalse();
    }
}
