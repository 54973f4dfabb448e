package io.alliancehub.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alliancehub.kit.problem.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Query parameters parse to typed values, absent stays absent, and a bad value is a 400 naming the parameter. */
class ParamsTest {

    enum Color {
        RED,
        GREEN
    }

    @Test
    void absentOrBlankIsNull() {
        assertThat(Params.enumValue(Color.class, null, "color")).isNull();
        assertThat(Params.uuid(" ", "id")).isNull();
        assertThat(Params.date("", "day")).isNull();
        assertThat(Params.dateTime(null, "since")).isNull();
        assertThat(Params.integer(null, "n")).isNull();
        assertThat(Params.text("  ", "q", 10)).isNull();
        assertThat(Params.bool(null, "flag")).isFalse();
    }

    @Test
    void goodValuesParse() {
        UUID id = UUID.randomUUID();
        assertThat(Params.enumValue(Color.class, " green ", "color")).isEqualTo(Color.GREEN);
        assertThat(Params.uuid(id.toString(), "id")).isEqualTo(id);
        assertThat(Params.date("2026-12-31", "day")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Params.dateTime("2026-01-31T08:00:00+08:00", "since"))
                .isEqualTo(OffsetDateTime.parse("2026-01-31T08:00:00+08:00"));
        assertThat(Params.integer("42", "n")).isEqualTo(42);
        assertThat(Params.bool("TRUE", "flag")).isTrue();
        assertThat(Params.bool(" false ", "flag")).isFalse();
        assertThat(Params.text(" boya ", "q", 10)).isEqualTo("boya");
        assertThat(Params.text("x".repeat(10), "q", 10)).as("exactly the limit").hasSize(10);
    }

    @Test
    void badValuesAre400NamingTheParameter() {
        assertBad(() -> Params.enumValue(Color.class, "blue", "color"), "color");
        assertBad(() -> Params.uuid("x", "organizerId"), "organizerId");
        assertBad(() -> Params.date("31/12/2026", "day"), "day");
        assertBad(() -> Params.dateTime("2026-01-31", "since"), "since");
        assertBad(() -> Params.integer("1.5", "n"), "n");
        assertBad(() -> Params.bool("yes", "flag"), "flag");
        assertBad(() -> Params.text("x".repeat(11), "q", 10), "q");
    }

    private static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors()).extracting(f -> f.field()).containsExactly(parameter);
        });
    }
}
