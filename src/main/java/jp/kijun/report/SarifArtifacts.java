package jp.kijun.report;

import com.contrastsecurity.sarif.Artifact;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Hashes;
import com.contrastsecurity.sarif.Role;
import jp.kijun.facts.InputFile;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts files as SARIF artifacts. Every URI is relative to {@value SarifResults#SRCROOT} — the directory kijun
 * ran in, the repository's root in CI — whatever path the facts were given by (relative, absolute, with {@code ..}),
 * so that no log carries the absolute paths of the machine that wrote it.
 */
final class SarifArtifacts {

    private final Path base;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Set<Artifact> artifacts = new LinkedHashSet<>();

    SarifArtifacts(Path base, List<InputFile> inputs) {
        this.base = base.toAbsolutePath().normalize();
        for (InputFile input : inputs) {
            Hashes hashes = new Hashes();
            hashes.setAdditionalProperty("sha-256", input.sha256());
            index.put(input.path(), artifacts.size());
            artifacts.add(new Artifact().withLocation(new ArtifactLocation().withUri(uri(input.path(), this.base))
                            .withUriBaseId(SarifResults.SRCROOT))
                    .withRoles(new LinkedHashSet<>(List.of(Role.ANALYSIS_TARGET))).withHashes(hashes));
        }
    }

    Set<Artifact> artifacts() {
        return artifacts;
    }

    /** Where a file is, relative to the base, with its index among the artifacts when it is one. */
    ArtifactLocation location(String path) {
        ArtifactLocation location = new ArtifactLocation().withUri(uri(path, base)).withUriBaseId(SarifResults.SRCROOT);
        Integer at = index.get(path);
        if (at != null) {
            location.setIndex(at);
        }
        return location;
    }

    /**
     * The URI of a file relative to {@code base}: normalised, forward slashes, percent-encoded, with {@code ../}
     * segments for a file outside it. Never absolute.
     */
    static String uri(String path, Path base) {
        Path root = base.toAbsolutePath().normalize();
        Path absolute = root.resolve(Path.of(path)).normalize();
        List<String> segments = new ArrayList<>();
        root.relativize(absolute).forEach(segment -> segments.add(segment.toString()));
        String relative = String.join("/", segments);
        try {
            // a first segment with a colon would read as a scheme: "./" keeps it a relative reference
            String prefix = !segments.isEmpty() && segments.get(0).contains(":") ? "./" : "";
            return new URI(null, null, prefix + relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }
}
