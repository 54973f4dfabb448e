package io.alliancehub.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.alliancehub.notifications.DirectoryStub;
import io.alliancehub.notifications.OidcProviderStub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * With an OIDC provider ({@code notifications.service-token.source=oidc-client}), the notifier token is the
 * provider's client-credentials token, not one minted here: asked for once with the client's id and secret, kept
 * until shortly before it ends, and shown to the owning services' recipient operations.
 */
@QuarkusTest
@TestProfile(NotifierTokenFromProviderTest.FromProvider.class)
class NotifierTokenFromProviderTest {

    public static class FromProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderStub.class));
        }
    }

    @Inject
    ServiceToken token;

    @RestClient
    MembersDirectory members;

    @Test
    void theProvidersClientCredentialsTokenIsShownToTheOwningServices() {
        String first = token.get();
        assertThat(OidcProviderStub.REQUESTS)
                .as("one client-credentials request, the client authenticated")
                .singleElement()
                .satisfies(r -> assertThat(r).startsWith("Basic ").contains("grant_type=client_credentials"));
        assertThat(token.get()).as("kept while valid").isEqualTo(first);
        assertThat(OidcProviderStub.REQUESTS).hasSize(1);

        UUID organization = UUID.randomUUID();
        DirectoryStub.represent(
                organization,
                new DirectoryStub.Contact(
                        UUID.randomUUID(),
                        java.util.Map.of("en", "Wang Fang"),
                        "wang.fang@hospital.example.org",
                        "zh",
                        "PRIMARY_REPRESENTATIVE"));
        assertThat(members.recipients(organization, "PRIMARY_REPRESENTATIVE"))
                .extracting(MembersDirectory.Recipient::email)
                .containsExactly("wang.fang@hospital.example.org");
        assertThat(DirectoryStub.callers())
                .as("the directory saw the provider's subject, with the notifier role")
                .anyMatch(c -> c.startsWith(OidcProviderStub.SUBJECT + " ") && c.contains("notifier"));
    }
}
