package io.alliancehub.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./alliance token} and the key pair behind it: {@code keys --dir DIR}, {@code mint --key PEM --role ROLE ...}. */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        subcommands = {TokensCli.Keys.class, TokensCli.Mint.class},
        description = "Signing keys and bearer tokens for the local suite.")
public final class TokensCli implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // jose4j logs through SLF4J, which has no provider on this command's class path: keep its notice off stderr
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        System.exit(run(args));
    }

    /** Runs the command line; 0 on success, 2 for bad arguments (picocli's usage error code). */
    static int run(String... args) {
        return new CommandLine(new TokensCli()).execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: keys or mint");
    }

    @Command(
            name = "keys",
            mixinStandardHelpOptions = true,
            description = "Makes DIR/jwt-private.pem (mode 600) and DIR/jwt-public.pem if they are missing.")
    static final class Keys implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "where the key pair lives")
        Path dir;

        @Override
        public Integer call() {
            KeyFiles.ensure(dir);
            return 0;
        }
    }

    @Command(name = "mint", mixinStandardHelpOptions = true, description = "Prints a signed RS256 token on stdout.")
    static final class Mint implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--key", required = true, description = "the private key (PKCS#8 PEM)")
        Path key;

        @Option(names = "--issuer", required = true, description = "the iss claim the services expect")
        String issuer;

        @Option(
                names = "--audience",
                defaultValue = TokenMinter.DEFAULT_AUDIENCE,
                description = "the aud claim the services expect (default: ${DEFAULT-VALUE})")
        String audience;

        @Option(names = "--role", required = true, description = "admin, member, partner or checkin (a gate device)")
        String role;

        @Option(names = "--org", description = "the member's organisation id (required for --role member)")
        String organization;

        @Option(names = "--sub", description = "the subject (default: ROLE-local)")
        String subject;

        @Option(names = "--ttl", defaultValue = "3600", description = "lifetime in seconds (default: ${DEFAULT-VALUE})")
        long ttlSeconds;

        @Override
        public Integer call() {
            if (!role.equals("admin") && !role.equals("member") && !role.equals("partner")) {
                throw new ParameterException(
                        spec.commandLine(), "unknown role '" + role + "' (admin, member or partner)");
            }
            if (role.equals("member") && (organization == null || organization.isBlank())) {
                throw new ParameterException(spec.commandLine(), "a member token needs --org ORGANISATION_ID");
            }
            if (ttlSeconds <= 0) {
                throw new ParameterException(spec.commandLine(), "--ttl must be a positive number of seconds");
            }
            String sub = subject == null ? role + "-local" : subject;
            if ((sub + (organization == null ? "" : organization)).chars().anyMatch(Character::isISOControl)) {
                throw new ParameterException(spec.commandLine(), "--sub and --org must not contain control characters");
            }
            TokenMinter.Token token = new TokenMinter(KeyFiles.readPrivate(key), issuer, audience)
                    .token(sub, role)
                    .ttl(Duration.ofSeconds(ttlSeconds));
            if (organization != null) {
                token.organization(organization);
            }
            spec.commandLine().getOut().println(token.sign());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
