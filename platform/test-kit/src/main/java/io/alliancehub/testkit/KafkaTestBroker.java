package io.alliancehub.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real single-node KRaft Kafka broker inside the test JVM ({@code KafkaClusterTestKit}), reached
 * through a {@link TcpLink} so tests can make the broker unreachable and bring it back. The broker
 * advertises the link's port, so every client connection goes through it. Started once per JVM.
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;
    private static TcpLink link;

    public static synchronized void ensureStarted() {
        if (cluster != null) {
            return;
        }
        // Kafka's test helpers register their own JVM shutdown hooks (deleting the broker's log
        // directories); JVM hooks run concurrently, so the directories could vanish under a broker
        // that is still closing, which then halts the JVM with status 1 and fails the surefire fork.
        // Run those hooks after the broker is closed instead, and never let the broker end the test JVM.
        List<Runnable> deferredHooks = new CopyOnWriteArrayList<>();
        Exit.setShutdownHookAdder((name, hook) -> deferredHooks.add(hook));
        Exit.setHaltProcedure(
                (status, message) -> System.err.println("in-JVM Kafka asked to halt (" + status + "): " + message));
        Exit.setExitProcedure(
                (status, message) -> System.err.println("in-JVM Kafka asked to exit (" + status + "): " + message));
        try {
            int linkPort = TcpLink.freePort();
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setPerServerProperties(
                            Map.of(0, Map.of("advertised.listeners", "EXTERNAL://127.0.0.1:" + linkPort)))
                    .build();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            String[] actual = kit.bootstrapServers().split(",")[0].split(":");
            link = new TcpLink(linkPort, actual[0], Integer.parseInt(actual[1])).restore();
            cluster = kit;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                link.close();
                try {
                    kit.close();
                } catch (Exception ignored) {
                    // JVM exit
                }
                deferredHooks.forEach(Runnable::run);
            }));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
        }
    }

    /** Where clients reach the broker (through the link). */
    public static String bootstrapServers() {
        ensureStarted();
        return "127.0.0.1:" + link.port();
    }

    /** The link between clients and the broker: {@code cut()} it to simulate a broker outage. */
    public static TcpLink link() {
        ensureStarted();
        return link;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the JVM: later test classes reuse it; the shutdown hook closes it
    }
}
