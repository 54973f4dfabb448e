package io.alliancehub.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The decision of a fault run, apart from the running of it: figures in, the reasons it failed out (none: pass). */
public final class FaultVerdict {

    private FaultVerdict() {}

    /**
     * Why a fault run fails, from its figures; empty when it passes. A fault counts only when it was injected
     * (exit 0), seen in effect, undone (exit 0), carried load while in effect, and the ledger is not empty; then
     * every write must have been answered acceptably, the suite must have recovered, and every accepted write
     * must be stored, published, and applied exactly once by each consumer (counted in the consumers' apply log,
     * where a second application would be a second row).
     */
    public static List<String> of(Map<String, Object> f) {
        List<String> why = new ArrayList<>();
        if (num(f, "injectExit") != 0) {
            why.add("injecting the fault exited " + num(f, "injectExit"));
        }
        if (!Boolean.TRUE.equals(f.get("faultObserved"))) {
            why.add("the fault was never seen in effect");
        }
        if (num(f, "undoExit") != 0) {
            why.add("undoing the fault exited " + num(f, "undoExit"));
        }
        if (num(f, "writesDuringFault") == 0) {
            why.add("no write was sent while the fault was in effect");
        }
        long accepted = num(f, "writesAccepted");
        if (accepted == 0) {
            why.add("no write was accepted: an empty ledger proves nothing");
        }
        if (num(f, "writesAnswered") != num(f, "writesSent")) {
            why.add(num(f, "writesSent") - num(f, "writesAnswered") + " writes never answered");
        }
        Object answers = f.get("answers");
        if (answers instanceof Map<?, ?> m) {
            m.keySet().stream()
                    .map(String::valueOf)
                    .filter(FaultVerdict::unacceptable)
                    .forEach(a -> why.add("unacceptable answers: " + a + " ×" + m.get(a)));
        }
        Object recovery = f.get("recoverySeconds");
        if (!(recovery instanceof Double d) || d.isNaN()) {
            why.add("the suite did not recover within 120 s");
        }
        if (num(f, "acceptedInMembersDb") != accepted) {
            why.add("accepted " + accepted + ", stored " + num(f, "acceptedInMembersDb"));
        }
        if (num(f, "registeredEvents") != accepted) {
            why.add("accepted " + accepted + ", events in the outbox " + num(f, "registeredEvents"));
        }
        for (String consumer : List.of("events", "agreements")) {
            if (num(f, consumer + "Consumed") != num(f, "registeredEvents")) {
                why.add(consumer + " applied " + num(f, consumer + "Consumed") + " of " + num(f, "registeredEvents")
                        + " events");
            }
            if (num(f, consumer + "AppliedTwice") != 0) {
                why.add(consumer + " applied " + num(f, consumer + "AppliedTwice") + " events more than once");
            }
            if (num(f, consumer + "ReplicaRows") != accepted) {
                why.add(consumer + " has " + num(f, consumer + "ReplicaRows") + " replica rows for " + accepted
                        + " organisations");
            }
        }
        return why;
    }

    private static long num(Map<String, Object> f, String key) {
        return f.get(key) instanceof Number n ? n.longValue() : -1;
    }

    /**
     * What must never be seen: anything but a 2xx or a 503 problem+json ("not now"). A refused write or a 4xx
     * would drop a write from the ledger without a trace, so it fails the run; a failed connection to
     * members-service directly counts too: no fault here stops members-service, so it must keep answering.
     */
    public static boolean unacceptable(String answer) {
        return !(answer.matches("(write|read) 2\\d\\d") || answer.endsWith(" 503 problem+json"));
    }
}
