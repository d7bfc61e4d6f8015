package jp.kijun.cli;

import jp.kijun.generate.Estate;
import jp.kijun.generate.EstateGenerator;
import jp.kijun.generate.EstateSpec;
import jp.kijun.generate.EstateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code kijun generate}: writes a synthetic organisation of a given size, for trying kijun at scale. */
@Command(name = "generate",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
                "試用・性能測定のための架空の組織の事実ファイルを生成します。",
                "Writes the facts of a synthetic organisation, for trying kijun at size and measuring it: N user",
                "accounts over N/20 information systems, with departments, people, documents, training, audits,",
                "audit trails, spares and network links. A share of the entities carries a seeded gap, so that",
                "the rules meet both compliant and non-compliant facts. The same options always write the same files.",
                "A list longer than " + EstateWriter.ENTRIES_PER_FILE + " entries is written in parts (accounts-1.yaml,",
                "accounts-2.yaml, ...), so that every file stays within kijun evaluate's default input limits.",
                ""},
        footer = {"",
                "Examples:",
                "  kijun generate --scale 10000 --as-of 2026-04-01 /tmp/estate-10k",
                "  kijun evaluate /tmp/estate-10k --as-of 2026-04-01"})
final class GenerateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", required = true,
            description = "The number of user accounts (at least " + EstateSpec.MINIMUM_ACCOUNTS + "); systems are N/20.")
    int scale;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the generator (default 1): the same seed gives the same facts.")
    long seed;

    @Option(names = "--gap-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of the entities of each kind that carry a gap, 0 to 1 (default 0.05).")
    double gapShare;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date the facts describe (default: today); evaluate them on it.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml (default) or json (one entity a line, as inventories are exported; faster to read).")
    EstateWriter.Format format;

    @Parameters(paramLabel = "DIR", description = "A new or empty directory to write the facts files into.")
    Path directory;

    @Override
    public Integer call() throws Exception {
        EstateSpec estateSpec;
        try {
            estateSpec = new EstateSpec(scale, seed, gapShare, asOf != null ? asOf : LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scale " + scale + " --gap-share " + gapShare + ": " + e.getMessage());
        }
        String problem = EstateWriter.unusable(directory);
        if (problem != null) {
            throw new UsageException(directory + ": " + problem);
        }
        Estate estate = EstateGenerator.generate(estateSpec);
        EstateWriter.write(estate, estateSpec, directory, format);
        spec.commandLine().getOut().println("kijun: wrote " + estate.count("accounts") + " accounts over "
                + estate.count("systems") + " systems and " + estate.count("people") + " people to " + directory
                + "; evaluate with: kijun evaluate " + directory + " --as-of " + estateSpec.asOf());
        return 0;
    }
}
