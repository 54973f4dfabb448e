package io.alliancehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The baseline scripts say only what they mean to pgbench: pgbench reads {@code :word} anywhere in a statement, even
 * inside a string literal, as a variable, and a stray one makes every transaction fail with "bind message supplies
 * N parameters". Each script's variables must be those it sets itself or Bench passes with -D.
 */
class PgBenchScriptsTest {

    private static final Pattern VARIABLE = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SET = Pattern.compile("^\\\\set (\\w+)", Pattern.MULTILINE);

    @Test
    void theCreateScriptUsesOnlyItsOwnVariable() throws Exception {
        assertThat(variables("create-organization.sql")).containsExactly("n");
        assertThat(set("create-organization.sql")).containsExactly("n");
    }

    @Test
    void theRegistrationScriptUsesItsOwnVariableAndTheTwoBenchPasses() throws Exception {
        assertThat(variables("register.sql")).containsExactly("event", "n", "payload");
        assertThat(set("register.sql")).containsExactly("n");
    }

    @Test
    void aColonInALiteralIsCaught() {
        assertThat(variablesIn("insert into t values ('admin:pgbench', :n);")).containsExactly("n", "pgbench");
        assertThat(variablesIn("select cast(x as text), y::text")).isEmpty();
    }

    private static Set<String> variables(String script) throws Exception {
        return variablesIn(statements(PgBench.script(script)));
    }

    private static Set<String> set(String script) throws Exception {
        Set<String> names = new TreeSet<>();
        Matcher m = SET.matcher(PgBench.script(script));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The script without its comment lines (pgbench skips those). */
    private static String statements(String script) {
        return script.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    }

    private static Set<String> variablesIn(String sql) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(sql.replace("::", "  "));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
