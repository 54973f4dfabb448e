package io.alliancehub.contracts.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void blankBecomesNullAndIsLeftOut() throws Exception {
        LocalizedText t = new LocalizedText(" ", "Boya");
        assertThat(t).isEqualTo(LocalizedText.en("Boya"));
        assertThat(t.hasText()).isTrue();
        assertThat(new LocalizedText(null, "").hasText()).isFalse();
        assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"en\":\"Boya\"}");
        assertThat(mapper.writeValueAsString(LocalizedText.of("博雅", "Boya")))
                .isEqualTo("{\"zh\":\"博雅\",\"en\":\"Boya\"}");
        assertThat(mapper.readValue("{\"zh\":\"博雅\"}", LocalizedText.class)).isEqualTo(LocalizedText.zh("博雅"));
    }
}
