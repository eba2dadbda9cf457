package org.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ModularityTest {

    /**
     * The modules and their initializers in dependency order, read by Spring Modulith at start-up
     * instead of analysing every class with ArchUnit (about six seconds of each start).
     */
    static final Path METADATA = Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json");

    private final ApplicationModules modules = ApplicationModules.of(ScrutinyApplication.class);

    @Test
    void modules_only_use_each_others_public_api() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * The metadata the application starts from must describe the modules as they are: when a
     * module or an initializer changes, run this test with {@code -Dscrutiny.modules.write=true}
     * to write it again, and commit it.
     */
    @Test
    void the_module_metadata_read_at_start_up_is_that_of_the_code() throws Exception {
        String current = new ApplicationModulesExporter(modules).toFullJson();
        if (Boolean.getBoolean("scrutiny.modules.write")) {
            Files.createDirectories(METADATA.getParent());
            Files.writeString(METADATA, current, StandardCharsets.UTF_8);
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode committed = json.readTree(Files.readString(METADATA, StandardCharsets.UTF_8));
        JsonNode computed = json.readTree(current);
        String stale = METADATA + " is out of date: run ModularityTest with -Dscrutiny.modules.write=true";
        // The order of the modules and of each one's initializers is what start-up reads.
        assertThat(committed.propertyNames()).as(stale).containsExactlyElementsOf(computed.propertyNames());
        for (String module : computed.propertyNames()) {
            assertThat(committed.get(module).get("initializers"))
                    .as(stale)
                    .isEqualTo(computed.get(module).get("initializers"));
        }
        // And what that order is worked out from: each module's dependencies (sets, whose order
        // varies from one run to the next). The types each module exposes are not read at start-up,
        // so a new public type does not make the file stale.
        for (String module : computed.propertyNames()) {
            assertThat(canonical(committed.get(module).get("dependencies")))
                    .as(stale)
                    .isEqualTo(canonical(computed.get(module).get("dependencies")));
        }
    }

    /** The node as text with its properties and the elements of its arrays in one order. */
    private static String canonical(JsonNode node) {
        if (node.isObject()) {
            return node.propertyNames().stream()
                    .sorted()
                    .map(name -> name + ":" + canonical(node.get(name)))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false)
                    .map(ModularityTest::canonical)
                    .sorted()
                    .collect(Collectors.joining(",", "[", "]"));
        }
        return node.toString();
    }
}
