package io.alliancehub.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The fault verdict: each way a fault run can prove nothing, or lose something, fails it. */
class FaultVerdictTest {

    /** The figures of a run that passes: injected, seen, undone, loaded, reconciled. */
    static Map<String, Object> passing() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("injectExit", 0);
        f.put("undoExit", 0);
        f.put("faultObserved", true);
        f.put("writesSent", 100);
        f.put("writesDuringFault", 25);
        f.put("writesAccepted", 90);
        f.put("writesAnswered", 100);
        f.put("answers", new TreeMap<>(Map.of("write 201", 90, "write 503 problem+json", 10, "read 200", 50)));
        f.put("recoverySeconds", 3.5);
        f.put("acceptedInMembersDb", 90L);
        f.put("registeredEvents", 90);
        for (String c : List.of("events", "agreements")) {
            f.put(c + "Consumed", 90L);
            f.put(c + "AppliedTwice", 0L);
            f.put(c + "ReplicaRows", 90L);
        }
        return f;
    }

    static List<String> with(String key, Object value) {
        Map<String, Object> f = passing();
        f.put(key, value);
        return FaultVerdict.of(f);
    }

    @Test
    void aRunThatProvesEverythingPasses() {
        assertThat(FaultVerdict.of(passing())).isEmpty();
    }

    @Test
    void aFaultThatWasNotInjectedSeenOrUndoneFails() {
        assertThat(with("injectExit", 1)).anyMatch(w -> w.contains("injecting the fault exited 1"));
        assertThat(with("faultObserved", false)).anyMatch(w -> w.contains("never seen in effect"));
        assertThat(with("undoExit", 2)).anyMatch(w -> w.contains("undoing the fault exited 2"));
        assertThat(with("writesDuringFault", 0)).anyMatch(w -> w.contains("no write was sent while"));
    }

    @Test
    void anEmptyLedgerProvesNothing() {
        Map<String, Object> f = passing();
        f.put("writesAccepted", 0);
        f.put("acceptedInMembersDb", 0L);
        f.put("registeredEvents", 0);
        for (String c : List.of("events", "agreements")) {
            f.put(c + "Consumed", 0L);
            f.put(c + "ReplicaRows", 0L);
        }
        assertThat(FaultVerdict.of(f)).containsExactly("no write was accepted: an empty ledger proves nothing");
    }

    @Test
    void aLostOrDoublyAppliedEventFails() {
        assertThat(with("eventsConsumed", 89L)).anyMatch(w -> w.contains("events applied 89 of 90"));
        assertThat(with("agreementsAppliedTwice", 1L)).anyMatch(w -> w.contains("more than once"));
        assertThat(with("acceptedInMembersDb", 89L)).anyMatch(w -> w.contains("stored 89"));
        assertThat(with("eventsReplicaRows", 91L)).anyMatch(w -> w.contains("91 replica rows"));
        assertThat(with("writesAnswered", 99)).anyMatch(w -> w.equals("1 writes never answered"));
        assertThat(with("recoverySeconds", Double.NaN)).anyMatch(w -> w.contains("did not recover"));
    }

    @Test
    void onlyA2xxOrA503ProblemIsAnAcceptableAnswer() {
        assertThat(FaultVerdict.unacceptable("write 201")).isFalse();
        assertThat(FaultVerdict.unacceptable("read 200")).isFalse();
        assertThat(FaultVerdict.unacceptable("write 503 problem+json")).isFalse();
        assertThat(FaultVerdict.unacceptable("write 503 (not problem+json)")).isTrue();
        assertThat(FaultVerdict.unacceptable("write 400"))
                .as("a refused write leaves the ledger")
                .isTrue();
        assertThat(FaultVerdict.unacceptable("write 409")).isTrue();
        assertThat(FaultVerdict.unacceptable("write 500")).isTrue();
        assertThat(FaultVerdict.unacceptable("read 502")).isTrue();
        assertThat(FaultVerdict.unacceptable("write connection failed")).isTrue();
        assertThat(with("answers", Map.of("write 201", 90, "write 422", 1))).anyMatch(w -> w.contains("write 422"));
    }

    @Test
    void aFaultThatCannotBeInjectedFailsTheReport() {
        ReliabilityReport report = new ReliabilityReport(true);
        Faults.Fault fault = new Faults.Fault(
                "postgres", "stop", () -> 0, "start", () -> 0, "refused", () -> true, false, "no control here");
        report.fault(new Faults.Outcome(fault, Map.of(), List.of("not injected: no control here"), "no control here"));
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.lastLine()).contains("not injected").contains("1 failed");
    }
}
