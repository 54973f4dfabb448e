package io.alliancehub.kit.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Uuid7Test {

    @Test
    void anIdIsAVersion7UuidOfTheRfc9562VariantCarryingTheTimeInMilliseconds() {
        long before = System.currentTimeMillis();
        UUID id = Uuid7.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsFromManyThreadsAtOnceAreAllDistinct() throws Exception {
        // the threads spread over the generator stripes; 32 x 20,000 ids
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newFixedThreadPool(32)) {
            List<Future<?>> done = IntStream.range(0, 32)
                    .<Future<?>>mapToObj(t -> pool.submit(() -> {
                        for (int i = 0; i < 20_000; i++) {
                            seen.add(Uuid7.next());
                        }
                    }))
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertThat(seen).hasSize(32 * 20_000);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() throws Exception {
        UUID first = Uuid7.next();
        Thread.sleep(2);
        UUID second = Uuid7.next();

        assertThat(second.toString()).isGreaterThan(first.toString());
    }
}
