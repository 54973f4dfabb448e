package io.alliancehub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * How fast one core of this machine is at the time of a run, so that two reports can be compared by more than their
 * dates. The ratios in a report are to limits measured in the same run and need no such figure; the absolute
 * targets (ready in seconds, RSS) and the hand-measured findings do: the same jars have run at half the speed on
 * another day on a machine of the same kind ({@code bench/findings/2026-12-05-slow-machine.md}).
 *
 * <p>The work is the services' own kind: one thread reads and writes an organisation's JSON with Jackson, after a
 * warm-up long enough for the JIT compiler. Measured before the suite's warm-up, when only the idle suite shares the
 * machine.
 */
final class MachineSpeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where each window's output lengths end up, so that the JIT compiler cannot drop the work as unused. */
    private static volatile long consumed;

    private MachineSpeed() {}

    /**
     * JSON round trips per second on one thread: {@code warmupMillis} unrecorded, then the best of {@code windows}
     * windows of {@code windowMillis} (the best, because another process taking the core only ever lowers a window).
     */
    static double jsonRoundTripsPerSecond(long warmupMillis, int windows, long windowMillis) throws IOException {
        String document = document();
        roundTrips(document, warmupMillis);
        long best = 0;
        for (int i = 0; i < windows; i++) {
            best = Math.max(best, roundTrips(document, windowMillis));
        }
        return best * 1000.0 / windowMillis;
    }

    /** An organisation as the bench creates it, with a description of 440 characters. */
    static String document() {
        return Bench.organization("calibration")
                .replace("}}", "}, \"description\": {\"en\": \"" + "cell and gene therapy ".repeat(20) + "\"}}");
    }

    private static long roundTrips(String document, long millis) throws IOException {
        long end = System.nanoTime() + millis * 1_000_000;
        long n = 0;
        long written = 0;
        while (System.nanoTime() < end) {
            JsonNode node = JSON.readTree(document);
            written += JSON.writeValueAsString(node).length();
            n++;
        }
        consumed = written;
        return n;
    }
}
