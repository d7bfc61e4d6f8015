package jp.kijun.facts;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented defaults, and how --limit NAME=VALUE changes them. */
class InputLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertEquals(Map.of("fileSize", "16MiB", "depth", "50", "aliases", "100", "collectionSize", "100000",
                "values", "1000000", "stringLength", "100000", "entities", "200000"), InputLimits.defaults().byName());
    }

    @Test
    void sizesTakeBinaryUnits() {
        assertEquals(64L * 1024 * 1024, InputLimits.defaults().with("fileSize", "64MiB").fileSize());
        assertEquals(1024, InputLimits.defaults().with("fileSize", "1kib").fileSize());
        assertEquals(1500, InputLimits.defaults().with("fileSize", "1500").fileSize());
        assertEquals("1500B", InputLimits.defaults().with("fileSize", "1500").byName().get("fileSize"));
    }

    @Test
    void everyLimitCanBeChangedByName() {
        InputLimits limits = InputLimits.defaults();
        for (String name : limits.byName().keySet()) {
            assertEquals("fileSize".equals(name) ? "7B" : "7", limits.with(name, "7").byName().get(name), name);
        }
        assertEquals(0, limits.with("aliases", "0").aliases(), "aliases can be forbidden altogether");
    }

    @Test
    void nonsenseIsRefusedWithWhatWasExpected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputLimits.defaults().with("fileSise", "1"))
                .getMessage().startsWith("unknown limit 'fileSise'; expected one of fileSize, depth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputLimits.defaults().with("depth", "0"))
                .getMessage().contains("is not a whole number from 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputLimits.defaults().with("fileSize", "99999999999GiB"))
                .getMessage().contains("is not a size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputLimits.defaults().with("entities", "-5"))
                .getMessage().contains("is not a whole number"));
    }
}
