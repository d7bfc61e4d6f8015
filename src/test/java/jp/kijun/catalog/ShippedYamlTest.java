package jp.kijun.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON copies that the build writes of the shipped YAML hold exactly what the YAML says. */
class ShippedYamlTest {

    private static final List<String> FOLDERS = List.of("kijun/rules/catalog/", "kijun/rules/parameters/",
            "kijun/schema/");

    @Test
    void everyPrecompiledFileIsItsYaml() throws Exception {
        for (String folder : FOLDERS) {
            assertNotNull(getClass().getClassLoader().getResource(folder + ShippedYaml.PRECOMPILED),
                    "the build writes " + folder + ShippedYaml.PRECOMPILED);
            Path directory = Path.of(getClass().getClassLoader().getResource(folder).toURI());
            List<String> names;
            try (Stream<Path> files = Files.list(directory)) {
                names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                        .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
            }
            assertTrue(names.size() >= 3, folder + " " + names);
            for (String name : names) {
                JsonNode yaml = ShippedYaml.readYaml(folder, name);
                assertEquals(yaml, ShippedYaml.read(folder, name), folder + name);
            }
        }
    }

    @Test
    void theCatalogReadsTheSameEitherWay() {
        Catalog precompiled = CatalogLoader.load(CatalogLoader.SHIPPED);
        Catalog yaml = CatalogLoader.loadYaml(CatalogLoader.SHIPPED);
        assertEquals(yaml.areas(), precompiled.areas());
        assertEquals(yaml.measures(), precompiled.measures());
        assertEquals(393, precompiled.items().count());
    }
}
