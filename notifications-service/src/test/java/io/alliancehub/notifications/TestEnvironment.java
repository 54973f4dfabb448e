package io.alliancehub.notifications;

import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.PostgresTestDatabase;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real parts every notifications-service test runs against: its PostgreSQL test database, an in-JVM Kafka
 * broker, freshly generated JWT keys, a real SMTP server (GreenMail) and events-service's recipient
 * operations played by an HTTP server. (Test resources apply to all test classes.)
 */
@QuarkusTestResource(
        value = PostgresTestDatabase.class,
        initArgs = @ResourceArg(name = "service", value = "notifications"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(TestTokens.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(DirectoryStub.class)
public final class TestEnvironment {

    private TestEnvironment() {}
}
