package io.alliancehub.bench;

import io.alliancehub.tokens.KeyFiles;
import io.alliancehub.tokens.TokenMinter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local suite the harness runs against, as {@code ./alliance} left it under {@code
 * $ALLIANCE_ROOT}: its pid files, its signing key, and {@code ./alliance} itself for starting and
 * stopping parts. The faults of the benchmark and the chaos run are made of these calls — no shell
 * strings.
 */
public final class LocalSuite {

    private final Path root;
    private final String issuer;

    public LocalSuite(Path root, String issuer) {
        this.root = root;
        this.issuer = issuer;
    }

    /** From the environment {@code ./alliance bench|chaos} sets. */
    public static LocalSuite fromEnvironment() {
        return new LocalSuite(
                Path.of(Bench.env("ALLIANCE_ROOT", ".")).toAbsolutePath().normalize(),
                Bench.env("ALLIANCE_JWT_ISSUER", "https://alliancehub.local"));
    }

    public Path root() {
        return root;
    }

    /** A minter with the suite's signing key (.alliance/keys/jwt-private.pem). */
    public TokenMinter minter() {
        return new TokenMinter(
                KeyFiles.readPrivate(root.resolve(".alliance/keys").resolve(KeyFiles.PRIVATE_KEY_FILE)),
                issuer,
                Bench.env("ALLIANCE_JWT_AUDIENCE", TokenMinter.DEFAULT_AUDIENCE));
    }

    public String adminToken(String subject) {
        return minter().token(subject, "admin").ttl(Duration.ofHours(2)).sign();
    }

    /**
     * SIGKILL of a process {@code ./alliance} started (kafka, members, events, ...), by its pid file; waits until it
     * is gone. 0 when it was killed; 1 when it was not running, so nothing was injected.
     */
    public int kill(String name) throws Exception {
        Optional<ProcessHandle> process = running(name);
        if (process.isEmpty()) {
            System.out.println("  (" + name + " is not running: nothing to kill)");
            return 1;
        }
        process.get().destroyForcibly();
        process.get().onExit().get(30, TimeUnit.SECONDS);
        return 0;
    }

    /** Whether something accepts TCP connections on 127.0.0.1:port. */
    public static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    public Optional<ProcessHandle> running(String name) throws IOException {
        Path pidFile = root.resolve(".alliance/run/" + name + ".pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** The CPU (user + system) the process {@code ./alliance} started as {@code name} has used so far, if it runs. */
    public Optional<Duration> cpu(String name) throws IOException {
        return running(name).flatMap(p -> p.info().totalCpuDuration());
    }

    /** Runs {@code ./alliance ARGS...} with this process's output; its exit code. */
    public int alliance(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("alliance").toString()));
        command.addAll(List.of(args));
        Path log = root.resolve(".alliance/logs/harness.log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        int code = p.waitFor();
        if (code != 0) {
            System.out.println("  (./alliance " + String.join(" ", args) + " exited " + code
                    + "; its output: .alliance/logs/harness.log)");
        }
        return code;
    }
}
