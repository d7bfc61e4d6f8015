package jp.kijun.cli;

import jp.kijun.scaffold.ControlScaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code kijun new control ID --pack DIR}. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {"規則パックに管理策のひな形を作ります。",
                "Starts a control in a rule pack: the pack's kijun-pack.yaml when missing, the catalog entry, a DRL",
                "skeleton with the right package and @control, and a feature with one passing and one failing",
                "scenario to fill in. Then edit them until kijun test passes.", ""},
        footer = {"", "Example:", "  kijun new control X-ACME-001 --pack packs/acme && kijun test packs/acme"})
final class NewCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "control", description = "What to create: control.")
    String what;

    @Parameters(index = "1", paramLabel = "ID", description = "The control's id: X-<NAMESPACE>-<three digits>, e.g. X-ACME-001.")
    String id;

    @Option(names = "--pack", paramLabel = "DIR", required = true, description = "The rule pack's folder (created when missing).")
    Path pack;

    @Override
    public Integer call() throws Exception {
        if (!"control".equals(what)) {
            throw new UsageException("kijun new " + what + ": expected 'kijun new control ID --pack DIR'");
        }
        if (!ControlScaffold.CONTROL_ID.matcher(id).matches()) {
            throw new UsageException(id + ": a pack's control id is X-<NAMESPACE>-<three digits>, e.g. X-ACME-001");
        }
        try {
            for (String line : new ControlScaffold(pack, id).write()) {
                spec.commandLine().getOut().println(line);
            }
        } catch (java.io.IOException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().println("next: write the rules and scenarios, then  kijun test " + pack);
        return 0;
    }
}
