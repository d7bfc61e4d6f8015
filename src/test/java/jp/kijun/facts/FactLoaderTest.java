package jp.kijun.facts;

import jp.kijun.facts.model.systems.Account;
import jp.kijun.facts.model.governance.Document;
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

/** Loading facts: every entity remembers file and line; every problem is one located line. */
class FactLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static final String PEOPLE = """
            people:
              - id: p-1
                name: 山田
            """;

    @Test
    void entitiesKeepTheirFileAndLineAcrossFilesOfADirectory() throws Exception {
        write("a/people.yaml", PEOPLE);
        write("b/docs.json", """
                {"documents": [
                  {"id": "DOC-1", "kind": "basicPolicy", "title": "基本方針", "approvedBy": "p-1", "approvedOn": "2025-04-01"}
                ]}
                """);
        FactSet facts = new FactLoader().load(List.of(dir));
        Document document = facts.facts().stream().filter(Document.class::isInstance).map(Document.class::cast)
                .findFirst().orElseThrow();
        FactOrigin origin = facts.originOf(document).orElseThrow();
        assertEquals("document", origin.type());
        assertEquals("DOC-1", origin.id());
        assertTrue(origin.source().file().endsWith("b/docs.json"), origin.source().file());
        assertEquals(2, origin.source().line());
        assertEquals(jp.kijun.facts.RecordedDate.of(java.time.LocalDate.of(2025, 4, 1)), document.approvedOn());
        assertEquals(2, facts.inputs().size());
        assertEquals(64, facts.inputs().get(0).sha256().length());
        assertTrue(facts.facts().contains(new SectionPresence("documents", 1)));
    }

    @Test
    void aSyntaxErrorIsOneLocatedLine() throws Exception {
        Path file = write("bad.yaml", "people:\n  - id: p-1\n    name: [unclosed\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertEquals(1, e.problems().size(), e.getMessage());
        InputProblem problem = e.problems().get(0);
        assertTrue(problem.toString().startsWith(file.toString() + ":"), problem.toString());
        assertTrue(problem.message().startsWith("syntax error"), problem.message());
        assertTrue(problem.source().line() >= 3, problem.toString());
    }

    @Test
    void aWrongTypeNamesTheFieldAndItsLine() throws Exception {
        Path file = write("types.yaml", """
                systems:
                  - id: s-1
                    name: 給電指令システム
                    criticality: high
                    lockout:
                      threshold: five
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(6, e.problems().get(0).source().line(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("systems[0].lockout.threshold: "), e.getMessage());
    }

    @Test
    void anUnknownFieldAndAMissingFieldAreReported() throws Exception {
        Path file = write("fields.yaml", """
                people:
                  - id: p-1
                    nmae: 山田
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("people[0]: missing required field 'name'"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3:5: people[0].nmae: unknown field 'nmae'; did you mean 'name'? (expected one of: id, name,"), e.getMessage());
    }

    @Test
    void aDuplicateIdPointsAtTheSecondAndNamesTheFirst() throws Exception {
        Path first = write("one.yaml", PEOPLE);
        Path second = write("two.yaml", PEOPLE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new FactLoader().load(List.of(first, second)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(second + ":2:5: duplicate id 'p-1' in people (first at " + first + ":2); expected ids unique within a section",
                e.problems().get(0).toString());
    }

    @Test
    void filesCountInNameOrderThoughTheLargestIsReadFirst() throws Exception {
        Path small = write("a.yaml", PEOPLE);
        StringBuilder many = new StringBuilder("people:\n");
        for (int i = 2; i <= 2_000; i++) {
            many.append("  - id: p-").append(i).append("\n    name: 職員").append(i).append('\n');
        }
        Path large = write("b.yaml", many + "  - id: p-1\n    name: 山田\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(dir)));
        assertEquals(List.of(large + ":4000:5: duplicate id 'p-1' in people (first at " + small
                + ":2); expected ids unique within a section"), e.problems().stream().map(Object::toString).toList());
        Files.writeString(large, many, StandardCharsets.UTF_8);
        FactSet facts = new FactLoader().load(List.of(dir));
        assertEquals(List.of(small.toString(), large.toString()),
                facts.inputs().stream().map(InputFile::path).toList());
    }

    @Test
    void aDanglingReferenceIsReportedWhereItIsWritten() throws Exception {
        Path file = write("refs.yaml", """
                systems:
                  - id: s-1
                    name: 給電指令システム
                    criticality: high
                accounts:
                  - id: a-1
                    system: s-2
                    username: yamada
                    kind: individual
                    status: active
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(7, e.problems().get(0).source().line());
        assertTrue(e.problems().get(0).message().contains("accounts[0].system: 's-2' does not name any of systems"),
                e.getMessage());
    }

    @Test
    void aDuplicateKeyInOneMappingIsReported() throws Exception {
        Path file = write("keys.yaml", "people:\n  - id: p-1\n    name: 山田\n    name: 田中\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FactLoader().load(List.of(file)));
        assertTrue(e.getMessage().contains(":4:5: duplicate key 'name' in one mapping (first at line 3)"), e.getMessage());
    }

    @Test
    void bindingAccountsGivesRecordsWithTheirFields() throws Exception {
        Path file = write("accounts.yaml", """
                systems:
                  - {id: s-1, name: 給電指令システム, criticality: high}
                accounts:
                  - {id: a-1, system: s-1, username: yamada, kind: shared, status: active, lastUsedOn: 2026-01-05}
                """);
        Account account = new FactLoader().load(List.of(file)).facts().stream()
                .filter(Account.class::isInstance).map(Account.class::cast).findFirst().orElseThrow();
        assertEquals("shared", account.kind());
        assertEquals(jp.kijun.facts.RecordedDate.of(java.time.LocalDate.of(2026, 1, 5)), account.lastUsedOn());
    }

    @Test
    void aFactsFileLargerThanSnakeYamlsDefaultLimitIsRead() throws Exception {
        StringBuilder people = new StringBuilder("people:\n");
        int count = 0;
        while (people.length() < 4 * 1024 * 1024) {
            people.append("  - id: p-").append(count).append("\n    name: 山田 太郎\n    jobTitle: 情報システム部 担当\n");
            count++;
        }
        write("people.yaml", people.toString());
        FactSet facts = new FactLoader().load(List.of(dir));
        assertTrue(facts.facts().contains(new SectionPresence("people", count)));
    }
}
