package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create's profile: how samples are counted by part, and a real recording through jcmd. */
class CreateProfileTest {

    private static final List<String> ENVERS_IN_FLUSH = List.of(
            "java.util.HashMap.get",
            "org.hibernate.envers.internal.synchronization.AuditProcess.doBeforeTransactionCompletion",
            "org.hibernate.event.internal.AbstractFlushingEventListener.performExecutions",
            "io.alliancehub.kit.web.Idempotency.createOnce",
            "io.vertx.core.impl.ContextImpl.emit");

    private static final List<String> JSON_OF_AN_EVENT = List.of(
            "com.fasterxml.jackson.core.json.WriterBasedJsonGenerator.writeString",
            "com.fasterxml.jackson.databind.ObjectMapper.writeValueAsString",
            "io.alliancehub.kit.outbox.Outbox.publish",
            "io.alliancehub.members.service.OrganizationService.create");

    @Test
    void aSampleGoesToTheInnermostLibraryOnItsStackSkippingTheJdk() {
        assertThat(CreateProfile.innermostPart(ENVERS_IN_FLUSH)).isEqualTo("Hibernate ORM (Envers included)");
        assertThat(CreateProfile.innermostPart(JSON_OF_AN_EVENT)).isEqualTo("JSON (Jackson)");
        assertThat(CreateProfile.innermostPart(
                        List.of("io.alliancehub.kit.text.PinyinReader.read", "io.alliancehub.kit.text.SearchText.of")))
                .isEqualTo("search text and pinyin");
        assertThat(CreateProfile.innermostPart(List.of("io.smallrye.context.Foo.bar")))
                .isEqualTo("other libraries");
        assertThat(CreateProfile.innermostPart(List.of("java.lang.Thread.run", "jdk.internal.misc.Unsafe.park")))
                .isEqualTo(CreateProfile.JDK_ONLY);
    }

    @Test
    void thePartsOnTheStackOverlapAndTheInnermostViewAddsUp() {
        CreateProfile.Profile p = CreateProfile.count(
                List.of(ENVERS_IN_FLUSH, JSON_OF_AN_EVENT, List.of("java.lang.Object.wait")),
                List.of("executor-thread-1", "vert.x-eventloop-thread-0", "outbox-relay"));
        assertThat(p.samples()).isEqualTo(3);
        assertThat(p.eventLoopSamples()).isEqualTo(1);
        // the Envers sample is also a flush sample
        assertThat(p.onStack())
                .containsEntry("Envers (audit rows)", 1)
                .containsEntry("Hibernate flush and dirty checking", 1)
                .containsEntry("JSON (Jackson)", 1)
                .containsEntry("outbox insert", 1)
                .containsEntry("validation", 0);
        assertThat(p.innermost().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3);
        assertThat(p.innermost()).containsEntry(CreateProfile.JDK_ONLY, 1);

        Map<String, Object> figures = CreateProfile.figures(p, 0.9, 15, 500);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> onStack = (Map<String, Map<String, Object>>) figures.get("onStack");
        assertThat((double) onStack.get("Envers (audit rows)").get("msPerCreate"))
                .isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> innermost = (Map<String, Map<String, Object>>) figures.get("innermostLibrary");
        assertThat(innermost.get("Hibernate ORM (Envers included)")).containsEntry("shareBefore", 0.24);
    }

    @Test
    void connectionHandlingIsTakingAndReturningAConnectionNotTheStatementsAgroalWraps() {
        CreateProfile.Profile p = CreateProfile.count(
                List.of(
                        List.of(
                                "org.postgresql.core.v3.QueryExecutorImpl.execute",
                                "io.agroal.pool.wrapper.PreparedStatementWrapper.executeUpdate",
                                "io.alliancehub.kit.outbox.Outbox.publish"),
                        List.of(
                                "io.agroal.pool.ConnectionPool.getConnection",
                                "io.agroal.pool.DataSource.getConnection")),
                List.of("executor-thread-1", "executor-thread-2"));
        assertThat(p.onStack())
                .containsEntry("connection handling (Agroal: take, enlist, return)", 1)
                .containsEntry("PostgreSQL driver", 1);
        assertThat(p.innermost()).containsEntry("PostgreSQL driver", 1).containsEntry("connection pool (Agroal)", 1);
    }

    @Test
    void theReportShowsTheProfileBesideTheFirstOneAndTheLedgerOfChanges(@TempDir Path dir) throws Exception {
        CreateProfile.Profile p = CreateProfile.count(List.of(ENVERS_IN_FLUSH, JSON_OF_AN_EVENT), List.of("a", "b"));
        Map<String, Object> report = new java.util.LinkedHashMap<>(Map.of(
                "when", "now",
                "machine", Map.of("cores", 2, "memoryGiB", 24, "java", "25"),
                "createProfile", CreateProfile.figures(p, 0.8, 15, 600)));
        Path ledger = java.nio.file.Files.writeString(
                dir.resolve("CHANGES.md"),
                "# Changes that moved a figure\n\nA ledger.\n\n## Tried and not adopted\n\n- G1\n");
        Report.write(dir, report, List.of(), Map.of(), ledger);
        assertThat(java.nio.file.Files.readString(dir.resolve("REPORT.md")))
                .contains("## Where a create's CPU goes (members-service, JFR, this run)")
                .contains("| Envers (audit rows) | 50.0% | 0.40 |")
                .contains("| Hibernate ORM (Envers included) | 24.0% | 50.0% | 0.40 |")
                .contains(
                        "## Changes that moved a figure (written by hand in `bench/CHANGES.md`, not measured in this run)\n\nA ledger.")
                .contains("### Tried and not adopted")
                .doesNotContain("# Changes that moved a figure\n");
    }

    @Test
    void aRecordingOfARunningJvmThroughJcmdIsReadBack(@TempDir Path dir) throws Exception {
        // this test's own JVM, recorded from outside as the bench records members-service
        long[] sink = new long[1];
        Path file = CreateProfile.record(ProcessHandle.current().pid(), dir.resolve("p.jfr"), () -> {
            long until = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < until) {
                sink[0] += Long.toString(sink[0]).hashCode();
            }
        });
        assertThat(file).isNotNull();
        CreateProfile.Profile p = CreateProfile.read(file);
        assertThat(p.samples()).isPositive();
        assertThat(p.innermost().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(p.samples());
    }
}
