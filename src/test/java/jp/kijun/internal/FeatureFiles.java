package jp.kijun.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the shipped features well enough to check them: tags, scenarios and the outcomes they assert. */
final class FeatureFiles {

    private static final Pattern OUTCOME = Pattern.compile("管理策「([^」]+)」は「([^」]+)」となる");

    record Scenario(String file, int line, String name, List<String> tags, Map<String, List<String>> outcomes) {
    }

    record Tag(String file, int line, String tag) {
    }

    final List<Scenario> scenarios = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();

    static FeatureFiles read(Path root) throws IOException {
        FeatureFiles features = new FeatureFiles();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                features.parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return features;
    }

    private void parse(String file, List<String> lines) {
        List<String> featureTags = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Scenario current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("@")) {
                for (String tag : line.split("\\s+")) {
                    if (tag.startsWith("#")) {
                        break;
                    }
                    pending.add(tag.substring(1));
                    tags.add(new Tag(file, i + 1, tag.substring(1)));
                }
            } else if (line.startsWith("機能:")) {
                featureTags.addAll(pending);
                pending.clear();
            } else if (line.startsWith("シナリオ") || line.startsWith("Scenario")) {
                List<String> scenarioTags = new ArrayList<>(featureTags);
                scenarioTags.addAll(pending);
                pending.clear();
                current = new Scenario(file, i + 1, line.substring(line.indexOf(':') + 1).strip(), scenarioTags,
                        new LinkedHashMap<>());
                scenarios.add(current);
            } else if (current != null) {
                Matcher outcome = OUTCOME.matcher(line);
                if (outcome.find()) {
                    current.outcomes().computeIfAbsent(outcome.group(1), k -> new ArrayList<>()).add(outcome.group(2));
                }
            }
        }
    }
}
