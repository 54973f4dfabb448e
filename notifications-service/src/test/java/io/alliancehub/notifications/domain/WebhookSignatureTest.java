package io.alliancehub.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (and of its reference libraries' tests). */
    @Test
    void theSpecificationsExampleSignsAsTheSpecificationSays() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        long timestamp = 1614265330;
        String body = "{\"test\": 2432232314}";
        assertThat(WebhookSignature.header(List.of(secret), id, timestamp, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignSpaceSeparated() {
        String current = WebhookSignature.newSecret();
        String previous = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(current, previous), "msg_1", 1, "{}");
        assertThat(header.split(" "))
                .containsExactly(
                        "v1," + WebhookSignature.sign(current, "msg_1", 1, "{}"),
                        "v1," + WebhookSignature.sign(previous, "msg_1", 1, "{}"));
        assertThat(WebhookSignature.sign(current, "msg_1", 1, "{}"))
                .isNotEqualTo(WebhookSignature.sign(current, "msg_1", 2, "{}"))
                .isNotEqualTo(WebhookSignature.sign(current, "msg_2", 1, "{}"))
                .isNotEqualTo(WebhookSignature.sign(current, "msg_1", 1, "{ }"));
    }

    @Test
    void newSecretsAreWhsecPrefixed32RandomBytes() {
        String a = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(a);
    }
}
