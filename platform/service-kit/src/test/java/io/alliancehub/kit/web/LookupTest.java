package io.alliancehub.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alliancehub.kit.problem.ApiException;
import org.junit.jupiter.api.Test;

/** Absent and not-visible rows give the same 404; a visible row comes back as it is. */
class LookupTest {

    @Test
    void anAbsentRowIsA404NamingWhatWasAskedFor() {
        assertThatThrownBy(() -> Lookup.existing(null, "event", "e-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("event e-1");
                });
    }

    @Test
    void aRowTheCallerMayNotSeeIsTheSame404AsAnAbsentOne() {
        ApiException absent = catchApi(() -> Lookup.visible(null, s -> true, "agreement", "a-1"));
        ApiException hidden = catchApi(() -> Lookup.visible("row", s -> false, "agreement", "a-1"));
        assertThat(hidden.status()).isEqualTo(absent.status()).isEqualTo(404);
        assertThat(hidden.getMessage()).isEqualTo(absent.getMessage());
    }

    @Test
    void aVisibleRowIsReturned() {
        assertThat(Lookup.visible("row", s -> s.equals("row"), "x", 1)).isEqualTo("row");
        assertThat(Lookup.existing("row", "x", 1)).isEqualTo("row");
    }

    private static ApiException catchApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no ApiException");
    }
}
