package jp.kijun.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.kijun.catalog.CatalogLoader;
import jp.kijun.tailoring.ProfileLoader;
import jp.kijun.tailoring.ProfileView;
import jp.kijun.tailoring.TailoredCatalog;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code kijun profile show NAME|FILE}. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {"プロファイルを継承元まで解決し、全管理策の区分・選択・理由と全パラメータを表示します。",
                "Prints a profile resolved through everything it extends: every control with its tier, whether it",
                "is selected and why not, and every parameter with where its value comes from — one line each,",
                "so that two profiles can be compared with diff.", ""},
        footer = {"", "Examples:", "  kijun profile show electricity",
                "  diff <(kijun profile show baseline) <(kijun profile show my-profile.yaml)"})
final class ProfileShowCommand implements Callable<Integer> {

    enum Format { yaml, json }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE", description = "A shipped profile (${COMPLETION-CANDIDATES}) or a profile file.",
            completionCandidates = BuiltInProfiles.class)
    String profile;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml", description = "yaml (default) or json.")
    Format format;

    @Mixin
    InputLimitOptions inputLimits;

    @Override
    public Integer call() throws Exception {
        TailoredCatalog tailored = TailoredCatalog.resolve(profile, List.of(), CatalogLoader.shipped(), inputLimits.limits());
        ProfileView view = ProfileView.of(tailored.profile(), tailored.parameters());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(view));
        } else {
            out.print(view.toYaml());
        }
        return 0;
    }

    /** The shipped profiles, for help and completion. */
    static final class BuiltInProfiles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ProfileLoader.builtIns().keySet().iterator();
        }
    }
}
