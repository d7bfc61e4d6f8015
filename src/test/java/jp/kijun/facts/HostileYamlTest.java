package jp.kijun.facts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts are data: what YAML can ask for beyond plain values is refused, and reading never runs code. */
class HostileYamlTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTagNamingAClassNeitherLoadsNorConstructsIt() throws Exception {
        String canary = TagCanary.class.getName();
        Path file = write("facts.yaml", "people:\n"
                + "  - id: p-1\n    name: !!" + canary + " 山田\n"
                + "  - id: p-2\n    name: !!" + canary + " [山田]\n"
                + "  - !!" + canary + " {id: p-3, name: 田中}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertEquals(3, e.problems().size(), e.getMessage());
        e.problems().forEach(problem -> assertTrue(problem.message().startsWith("YAML tag '!!" + canary + "' is not allowed"),
                problem.toString()));
        assertEquals(List.of(3, 5, 6), e.problems().stream().map(problem -> problem.source().line()).toList());
        assertEquals(0, TagCanary.Sightings.COUNT.get(), "the tagged class was initialised or constructed");
    }

    @Test
    void theCoreSchemaTagsAreAllowedAndMeanWhatTheySay() throws Exception {
        Path file = write("facts.yaml", "people:\n  - id: !!str 0123\n    name: !!str 山田\n");
        FactSet facts = new FactLoader().load(List.of(file));
        assertTrue(facts.facts().stream().anyMatch(fact -> fact instanceof jp.kijun.facts.model.people.Person person
                && person.id().equals("0123")), facts.facts().toString());
    }

    @Test
    void anAliasExpandsToTheAnchoredListOrMapping() throws Exception {
        Path file = write("facts.yaml", "a: &methods [password, hardwareToken]\nb: &lockout {threshold: 5}\nc: *methods\n"
                + "d: *lockout\n");
        LocatedDocument document = LocatedTreeReader.read(file, "facts.yaml");
        assertEquals(document.root().get("a"), document.root().get("c"));
        assertEquals(document.root().get("b"), document.root().get("d"));
        assertEquals(3, document.locate("/c/1").line(), "an expanded alias is located where it is used");
    }

    @Test
    void anAliasOfASingleValueIsRefusedRatherThanReadAsItsName() throws Exception {
        Path file = write("facts.yaml", "people:\n  - {id: p-1, name: &family 山田}\n  - {id: p-2, name: *family}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LocatedTreeReader.read(file, "facts.yaml"));
        assertEquals("facts.yaml:3:21: alias *family refers to no anchored list or mapping before it; expected the value "
                + "written out, or &family on a list or mapping before the alias", e.getMessage());
    }

    @Test
    void aUtf8ByteOrderMarkAtTheStartIsAcceptedAndDoesNotShiftColumns() throws Exception {
        byte[] text = "people:\n  - {id: p-1, nmae: 山田}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Path marked = write("marked.yaml", withMark);
        Path plain = write("plain.yaml", text);
        InvalidInputException withBom = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(marked)));
        InvalidInputException without = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(plain)));
        assertEquals(without.getMessage().replace("plain.yaml", "marked.yaml"), withBom.getMessage());
        assertTrue(withBom.getMessage().contains("marked.yaml:2:15: people[0].nmae: unknown field 'nmae'"), withBom.getMessage());
    }

    @Test
    void aRaisedLimitLetsAGenuineFileThrough() throws Exception {
        String name = "山".repeat(150_000);
        Path file = write("facts.yaml", "people:\n  - id: p-1\n    name: " + name + "\n");
        assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        InputLimits raised = InputLimits.defaults().with("stringLength", "200000");
        FactSet facts = new FactLoader(raised).load(List.of(file));
        assertTrue(facts.facts().stream().anyMatch(fact -> fact instanceof jp.kijun.facts.model.people.Person person
                && person.name().equals(name)));
    }
}
