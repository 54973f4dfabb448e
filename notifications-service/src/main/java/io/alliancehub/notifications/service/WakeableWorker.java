package io.alliancehub.notifications.service;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * A background thread that runs a job again at once while the job says there is more to do, and otherwise waits
 * until a transaction that queued work commits in this JVM ({@link #wakeAfterCommit}) or the poll interval passes
 * (work another replica queued). The webhook dispatcher and the mail sender each run on one.
 */
final class WakeableWorker {

    private static final Logger LOG = Logger.getLogger(WakeableWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final BooleanSupplier job;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /** @param job one round of work; true when it may have left more due work (run again without waiting) */
    WakeableWorker(String name, Duration pollInterval, BooleanSupplier job) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.job = job;
    }

    void start() {
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called in a transaction that queued work: the worker looks for it once the transaction commits. */
    void wakeAfterCommit(TransactionSynchronizationRegistry transactions) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake.release();
                }
            }
        });
    }

    private void run() {
        while (running) {
            try {
                if (!job.getAsBoolean()) {
                    wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("%s failed, retrying in %s: %s", name, pollInterval, e.getMessage());
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
