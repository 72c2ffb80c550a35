package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.RuleFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A version from the rules log laid out as a rules folder, so that it is checked exactly as a reload of a folder is
 * (the checker reads folders): its rule files, and the scenarios it was published with in a {@code scenarios} folder
 * inside or beside it, where they were on the instance that published it. Deleted when closed.
 */
final class StoredRules implements AutoCloseable {

    private static final String BESIDE = "../" + LiveRuleset.SCENARIOS_BESIDE_RULES + "/";
    private static final String INSIDE = LiveRuleset.SCENARIOS_BESIDE_RULES + "/";

    private final Path root;
    private final Path rules;

    private StoredRules(Path root) {
        this.root = root;
        this.rules = root.resolve("rules");
    }

    /** Lays {@code files} and {@code scenarios} (paths relative to the rules folder) out in a temporary folder. */
    static StoredRules of(List<RuleFile> files, List<RuleFile> scenarios) {
        StoredRules stored;
        try {
            stored = new StoredRules(Files.createTempDirectory("salesdiag-rules-version-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out a rules version in a temporary folder", e);
        }
        try {
            Files.createDirectories(stored.rules);
            for (RuleFile file : files) {
                stored.write(file);
            }
            for (RuleFile scenario : scenarios) {
                stored.write(scenario);
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            stored.close();
            throw e instanceof IOException io ? new UncheckedIOException("Cannot lay out a rules version", io)
                    : (RuntimeException) e;
        }
    }

    private void write(RuleFile file) throws IOException {
        Path target = rules.resolve(file.path()).normalize();
        // What the database holds is not trusted to stay inside the folder.
        if (!target.startsWith(root) || target.equals(rules)) {
            throw new IllegalArgumentException("a stored file lies outside its rules folder: " + file.path());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.content());
    }

    Path rules() {
        return rules;
    }

    /** The version the laid-out files are (a hash of them), to compare with the version the log names. */
    String version() {
        return LiveRuleset.versionOf(rules);
    }

    /**
     * The scenarios an analyst keeps with a rules folder ({@code <rules>/scenarios}, {@code <rules>/../scenarios}),
     * which every check of the folder runs, by their path relative to it; empty when there are none.
     */
    static List<RuleFile> scenariosKeptWith(Path rulesFolder) {
        List<RuleFile> found = new ArrayList<>();
        read(rulesFolder.resolve(LiveRuleset.SCENARIOS_BESIDE_RULES), INSIDE, found);
        Path parent = rulesFolder.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            read(parent.resolve(LiveRuleset.SCENARIOS_BESIDE_RULES), BESIDE, found);
        }
        return List.copyOf(found);
    }

    private static void read(Path folder, String prefix, List<RuleFile> into) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .sorted().toList()) {
                into.add(new RuleFile(prefix + folder.relativize(path).toString().replace('\\', '/'),
                        Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenarios in " + folder, e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: left for the system to clear
        }
    }
}
