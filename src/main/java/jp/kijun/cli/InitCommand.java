package jp.kijun.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.facts.FactSchema;
import jp.kijun.scaffold.FactsTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kijun init DIR}. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        description = {"組織の事実ファイルのひな形を作ります。",
                "Writes a starter facts folder for an organisation: facts.yaml with every section as a commented",
                "template (Japanese comments on what to record) and the schema it points at, so that editors complete",
                "and validate it. It loads and evaluates as it is: everything not reviewed until recorded.", ""},
        footer = {"", "Example:", "  kijun init facts/ && kijun evaluate facts/"})
final class InitCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create (it must not hold facts.yaml yet).")
    Path directory;

    @Override
    public Integer call() throws Exception {
        Path facts = directory.resolve("facts.yaml");
        if (Files.exists(facts)) {
            throw new UsageException(facts + " exists; kijun init does not overwrite facts");
        }
        Files.createDirectories(directory);
        Files.writeString(facts, new FactsTemplate(FactSchema.shipped()).render(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(FactsTemplate.SCHEMA_FILE), JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(FactSchema.shipped().document()) + "\n", StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("created " + facts + " and " + directory.resolve(FactsTemplate.SCHEMA_FILE));
        spec.commandLine().getOut().println("next: record the organisation's facts, then  kijun evaluate " + directory);
        return 0;
    }
}
