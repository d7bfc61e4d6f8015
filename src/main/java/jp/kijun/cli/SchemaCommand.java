package jp.kijun.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.kijun.facts.FactSchema;
import jp.kijun.gate.WaiverFile;
import jp.kijun.tailoring.ProfileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code kijun schema [facts|profile|waivers]}: prints a published schema. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = {"入力ファイルのスキーマ（JSON Schema 2020-12）を出力します。",
                "Prints the JSON Schema (2020-12) of an input file kind: facts (default), profile or waivers.",
                "Every type and field of the facts schema is titled in Japanese and English; editors use the",
                "schema to complete and validate files.", ""},
        footer = {"", "Examples:", "  kijun schema > kijun-facts.schema.json",
                "  then start facts files with  # yaml-language-server: $schema=kijun-facts.schema.json",
                "  kijun schema profile > kijun-profile.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    enum Kind { facts, profile, waivers }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KIND", arity = "0..1", defaultValue = "facts",
            description = "facts (default), profile or waivers.")
    Kind kind;

    @Override
    public Integer call() throws Exception {
        ObjectNode schema = switch (kind) {
            case facts -> FactSchema.shipped().document();
            case profile -> ProfileLoader.schema().document();
            case waivers -> WaiverFile.schema().document();
        };
        spec.commandLine().getOut().println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(schema));
        return 0;
    }
}
