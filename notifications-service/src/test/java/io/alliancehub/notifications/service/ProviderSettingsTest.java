package io.alliancehub.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What keeps notifications-service from starting with the provider as its token source but no provider set. */
class ProviderSettingsTest {

    @Test
    void anAddressAndASecretAreEnough() {
        assertThat(ServiceToken.missingProviderSettings(
                        Optional.of("https://sso.example.org/realms/alliance"), Optional.of("s3cret")))
                .isEmpty();
    }

    @Test
    void aMissingOrBlankAddressOrSecretIsNamedWithItsEnvironmentVariable() {
        assertThat(ServiceToken.missingProviderSettings(Optional.empty(), Optional.of(" ")))
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("ALLIANCE_OIDC_URL"))
                .anySatisfy(m -> assertThat(m).contains("ALLIANCE_NOTIFIER_CLIENT_SECRET"));
        assertThat(ServiceToken.missingProviderSettings(Optional.of("https://sso.example.org"), Optional.empty()))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("ALLIANCE_NOTIFIER_CLIENT_SECRET"));
    }
}
