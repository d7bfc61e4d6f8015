package jp.kijun.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.facts.FactSchema;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code kijun schema}: prints the fact schema. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = {"事実ファイルのスキーマ（JSON Schema 2020-12）を出力します。",
                "Prints the JSON Schema (2020-12) of facts files, every type and field titled in Japanese and",
                "English. Editors use it to complete and validate facts files.", ""},
        footer = {"", "Example:", "  kijun schema > kijun-facts.schema.json",
                "  then start facts files with  # yaml-language-server: $schema=kijun-facts.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(FactSchema.shipped().document()));
        return 0;
    }
}
