package io.alliancehub.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed contracts are exactly what the payload records and the {@link EventCatalog} generate: the
 * JSON Schemas under {@code src/main/resources/schemas/} ({@link PayloadSchemaGenerator}) and the AsyncAPI
 * document {@code src/main/resources/asyncapi/asyncapi.yaml} ({@link AsyncApiGenerator}). They stay committed
 * because other modules and partners read them from the jar or the repository.
 *
 * <p>After changing a record, the catalog, the AsyncAPI template or a service's Kafka consumers, regenerate
 * them with {@code -Dupdate-contracts=true}, then review and commit the changed files:
 * <pre>./mvnw -B -o -q -pl platform/contracts verify -Dupdate-contracts=true</pre>
 * This class runs first ({@code junit-platform.properties}) and, when updating, also refreshes the copies on
 * the class path, so the other tests of the same run check the new files.
 */
@Order(1)
class ContractsDriftTest {

    /** Set ({@code -Dupdate-contracts=true}) to rewrite the committed files before comparing. */
    static final boolean UPDATE = Boolean.getBoolean("update-contracts");
    /** The module's resources; the tests run in the module's directory. */
    static final Path RESOURCES = Path.of("src", "main", "resources");

    static final String REGENERATE = "; regenerate with ./mvnw -B -o -q -pl platform/contracts verify "
            + "-Dupdate-contracts=true, review and commit";

    /** Every generated contract file by class-path location. */
    static Map<String, String> generated() {
        Map<String, String> files = new LinkedHashMap<>();
        PayloadSchemaGenerator schemas = new PayloadSchemaGenerator();
        for (EventDescriptor d : EventCatalog.all()) {
            files.put(d.schemaPath(), schemas.json(d));
        }
        files.put(SchemaPaths.ASYNCAPI, new AsyncApiGenerator().yaml());
        return files;
    }

    static Stream<Arguments> files() {
        return generated().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void committedFileIsGenerated(String path, String generated) throws IOException {
        Path committed = RESOURCES.resolve(path);
        if (UPDATE) {
            write(committed, generated);
            write(classPathCopy(path), generated);
        }
        assertThat(committed).as(committed + " is missing" + REGENERATE).isRegularFile();
        String text = Files.readString(committed);
        assertThat(text)
                .as(
                        "%s differs from what is generated at line %d%s",
                        committed, firstDifferentLine(text, generated), REGENERATE)
                .isEqualTo(generated);
    }

    /** Every schema file belongs to a catalog entry (a removed event type leaves none behind). */
    @Test
    void noSchemaFileWithoutCatalogEntry() throws IOException {
        List<String> expected = EventCatalog.all().stream()
                .map(EventDescriptor::schemaPath)
                .sorted()
                .toList();
        Path root = RESOURCES.resolve(SchemaPaths.SCHEMAS_DIR);
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = RESOURCES.relativize(file).toString().replace('\\', '/');
                if (!expected.contains(path)) {
                    stale.add(path);
                    if (UPDATE) {
                        Files.delete(file);
                        Files.deleteIfExists(classPathCopy(path));
                    }
                }
            }
        }
        if (!UPDATE) {
            assertThat(stale)
                    .as("schema files without an EventCatalog entry" + REGENERATE)
                    .isEmpty();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) || !Files.readString(file).equals(text)) {
            Files.writeString(file, text);
        }
    }

    /** Where the file is on the test class path: the module's compiled resources (target/classes). */
    private static Path classPathCopy(String path) {
        try {
            return Path.of(SchemaPaths.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolve(path);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int line = 0;
        while (line < Math.min(x.length, y.length) && x[line].equals(y[line])) {
            line++;
        }
        return line + 1;
    }
}
