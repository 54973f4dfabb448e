package io.alliancehub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * The members of consumer groups as the broker sees them: how the startup scenario proves that the instance it
 * starts beside the running suite stayed in a group of its own (a member joining the suite's group would rebalance
 * the running consumers in the middle of the measurement).
 */
final class ConsumerGroups {

    private ConsumerGroups() {}

    /** Each group's member ids (empty for a group without members or unknown to the broker). */
    static Map<String, Set<String>> members(String bootstrap, Collection<String> groups) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Map<String, Set<String>> members = new TreeMap<>();
            for (var described :
                    admin.describeConsumerGroups(groups).describedGroups().entrySet()) {
                Set<String> ids = new TreeSet<>();
                try {
                    for (MemberDescription m :
                            described.getValue().get(30, TimeUnit.SECONDS).members()) {
                        ids.add(m.consumerId());
                    }
                } catch (ExecutionException e) {
                    // a group nobody has joined yet is unknown to the broker: no members
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
                members.put(described.getKey(), ids);
            }
            return members;
        }
    }

    /** The group's members once it has any, or none after {@code within}. */
    static Set<String> awaitMembers(String bootstrap, String group, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Set<String> members = members(bootstrap, List.of(group)).getOrDefault(group, Set.of());
            if (!members.isEmpty() || System.nanoTime() > deadline) {
                return members;
            }
            Thread.sleep(250);
        }
    }

    /**
     * What is wrong with a started instance's effect on the groups, or nothing: the suite's groups must have the
     * same members after the instance started as before, and the instance's own group must have members (else its
     * consumers never joined anything, and an unchanged suite group would prove nothing).
     */
    static List<String> verdict(
            Map<String, Set<String>> suiteBefore, Map<String, Set<String>> suiteAfter, Set<String> ownMembers) {
        List<String> wrong = new ArrayList<>();
        suiteBefore.forEach((group, before) -> {
            Set<String> after = suiteAfter.getOrDefault(group, Set.of());
            if (!after.equals(before)) {
                Set<String> joined = new TreeSet<>(after);
                joined.removeAll(before);
                Set<String> left = new TreeSet<>(before);
                left.removeAll(after);
                wrong.add("the suite's group " + group + " changed while the instance ran: joined " + joined + ", left "
                        + left);
            }
        });
        if (ownMembers.isEmpty()) {
            wrong.add("the instance's own consumer group has no members: its consumers never joined");
        }
        return wrong;
    }
}
