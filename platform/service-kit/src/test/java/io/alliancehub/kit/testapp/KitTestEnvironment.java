package io.alliancehub.kit.testapp;

import io.alliancehub.testkit.KafkaTestBroker;
import io.alliancehub.testkit.PostgresTestDatabase;
import io.alliancehub.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The kit's test application: its own database, the in-JVM broker, test tokens. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "service", value = "kit"))
@QuarkusTestResource(KafkaTestBroker.class)
@QuarkusTestResource(TestTokens.class)
public final class KitTestEnvironment {

    private KitTestEnvironment() {}
}
