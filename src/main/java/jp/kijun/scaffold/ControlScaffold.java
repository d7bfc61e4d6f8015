package jp.kijun.scaffold;

import jp.kijun.catalog.KijunVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Starts a control in a rule pack: the pack's manifest when it has none, the control's catalog entry, a DRL file
 * with the right package and {@code @control}, and a feature with one passing and one failing scenario to fill
 * in. Never overwrites a file that exists (except to append the catalog entry).
 */
public final class ControlScaffold {

    public static final Pattern CONTROL_ID = Pattern.compile("^X-[A-Z0-9]+-[0-9]{3}$");

    private final Path pack;
    private final String id;
    private final String namespace;

    public ControlScaffold(Path pack, String id) {
        if (!CONTROL_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(id + ": a pack's control id is X-<NAMESPACE>-<three digits>, e.g. X-ACME-001");
        }
        this.pack = pack;
        this.id = id;
        this.namespace = id.substring(0, id.lastIndexOf('-'));
    }

    /** Writes the files; returns them, each marked created or appended. */
    public List<String> write() throws IOException {
        List<String> written = new ArrayList<>();
        Files.createDirectories(pack);
        Path manifest = pack.resolve("kijun-pack.yaml");
        if (!Files.exists(manifest)) {
            Files.writeString(manifest, manifest(), StandardCharsets.UTF_8);
            written.add("created " + manifest);
        }
        Path catalog = pack.resolve("catalog").resolve("controls.yaml");
        Files.createDirectories(catalog.getParent());
        if (!Files.exists(catalog)) {
            Files.writeString(catalog, catalogHeader() + entry(), StandardCharsets.UTF_8);
            written.add("created " + catalog);
        } else if (Files.readString(catalog, StandardCharsets.UTF_8).contains("- id: " + id + "\n")) {
            throw new IOException(catalog + " already defines " + id);
        } else {
            Files.writeString(catalog, entry(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            written.add("appended " + id + " to " + catalog);
        }
        written.add(create(pack.resolve("rules").resolve(id + ".drl"), drl()));
        written.add(create(pack.resolve("features").resolve(id + ".feature"), feature()));
        return written;
    }

    private static String create(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " exists; not overwritten");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return "created " + file;
    }

    private String manifest() {
        String packId = pack.toAbsolutePath().normalize().getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-");
        return "# yaml-language-server: $schema=https://kijun.dev/schema/pack.schema.json\n"
                + "# A kijun rule pack: its controls in catalog/, its DRL in rules/, its Japanese scenarios in features/.\n"
                + "id: " + packId + "\n"
                + "version: 0.1.0\n"
                + "namespace: " + namespace + "\n"
                + "description:\n"
                + "  ja: （このパックの説明を記入）\n"
                + "  en: (describe this pack)\n"
                + "kijun: \">=" + KijunVersion.version().replaceAll("-.*", "") + "\"\n";
    }

    private String catalogHeader() {
        return "# The pack's controls, Japanese first and kijun's English beside it. Fields as in kijun's catalog:\n"
                + "# id, title {ja, en}, detail, tier (consider | reference), check (automated | attestation | planned),\n"
                + "# rationale (for attestation), refines (guideline items this control decides more strictly).\n"
                + "id: " + namespace + "\n"
                + "title:\n  ja: （管理策群の名前を記入）\n  en: (name this group of controls)\n"
                + "tier: consider\n"
                + "controls:\n";
    }

    private String entry() {
        return "  - id: " + id + "\n"
                + "    title:\n      ja: （管理策を記入）\n      en: (state the control)\n"
                + "    check: automated\n"
                + "    refines: []          # e.g. [P4d-2-09]\n";
    }

    private String drl() {
        String packageName = "kijun.packs." + namespace.toLowerCase(Locale.ROOT).replace('-', '_');
        return "package " + packageName + ";\n\n"
                + "import jp.kijun.engine.AsOf;\n"
                + "import jp.kijun.engine.Finding;\n"
                + "import jp.kijun.engine.Parameter;\n"
                + "import jp.kijun.facts.SectionPresence;\n"
                + "import jp.kijun.facts.model.systems.InformationSystem;\n\n"
                + "// " + id + ": replace the conditions below with the facts that decide the control (see kijun schema).\n"
                + "// A pass names its evidence; a failure names what is wrong, or the recorded section that lacks it.\n\n"
                + "rule \"" + id + " passes on the evidence that shows it\"\n"
                + "  @control(\"" + id + "\")\n"
                + "when\n"
                + "  $system : InformationSystem(criticality == \"high\", name == \"(the evidence)\")\n"
                + "then\n"
                + "  insert(Finding.pass(kcontext,\n"
                + "      \"「\" + $system.name() + \"」は（合格の理由）。\",\n"
                + "      \"\\\"\" + $system.name() + \"\\\" (why it passes).\",\n"
                + "      $system));\n"
                + "end\n\n"
                + "rule \"" + id + " fails on what is wrong\"\n"
                + "  @control(\"" + id + "\")\n"
                + "when\n"
                + "  $system : InformationSystem(criticality == \"high\", name == \"(what is wrong)\")\n"
                + "then\n"
                + "  insert(Finding.fail(kcontext,\n"
                + "      \"「\" + $system.name() + \"」は（不合格の理由）。\",\n"
                + "      \"\\\"\" + $system.name() + \"\\\" (why it fails).\",\n"
                + "      $system));\n"
                + "end\n";
    }

    private String feature() {
        return "# language: ja\n"
                + "@" + namespace + "\n"
                + "機能: " + id + "（管理策の名前）\n"
                + "  （この管理策が求めることを、監査人が読む言葉で書く。）\n\n"
                + "  @" + id + "\n"
                + "  シナリオ: （合格する条件を書く）\n"
                + "    前提 「模範電力株式会社」の事実から始める\n"
                + "    もし 2026-04-01 時点で評価する\n"
                + "    ならば 管理策「" + id + "」は「合格」となる\n\n"
                + "  @" + id + "\n"
                + "  シナリオ: （不合格になる条件を書く）\n"
                + "    前提 「模範電力株式会社」の事実から始める\n"
                + "    もし 「情報システム」の「SYS-EMS」の「重要度」を「中」にする\n"
                + "    かつ 2026-04-01 時点で評価する\n"
                + "    ならば 管理策「" + id + "」は「不合格」となる\n";
    }
}
