package jp.kijun.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The JSON copy of the catalog that the build writes holds exactly what its YAML files say. */
class PrecompiledCatalogTest {

    @Test
    void thePrecompiledCatalogIsTheYamlCatalog() {
        assertNotNull(getClass().getClassLoader().getResource(CatalogLoader.SHIPPED + CatalogLoader.PRECOMPILED),
                "the build writes " + CatalogLoader.PRECOMPILED);
        Catalog precompiled = CatalogLoader.load(CatalogLoader.SHIPPED);
        Catalog yaml = CatalogLoader.loadYaml(CatalogLoader.SHIPPED);
        assertEquals(yaml.areas(), precompiled.areas());
        assertEquals(yaml.measures(), precompiled.measures());
        assertEquals(393, precompiled.items().count());
    }
}
