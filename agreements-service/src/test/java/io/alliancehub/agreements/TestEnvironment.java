package io.alliancehub.agreements;

import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.PostgresTestDatabase;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The real parts every agreements-service test runs against: its PostgreSQL test database, an
 * in-JVM Kafka broker and freshly generated JWT keys. (Test resources apply to all test classes.)
 */
@QuarkusTestResource(
        value = PostgresTestDatabase.class,
        initArgs = @ResourceArg(name = "service", value = "agreements"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(TestTokens.class)
public final class TestEnvironment {

    private TestEnvironment() {}
}
