package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.rules.RuleFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads the rule files of a ruleset, from a folder an analyst edits or from the packaged rules. */
public final class RuleSource {

    /** Where the {@code rules} module puts the ladder on the classpath. */
    public static final String CLASSPATH_FOLDER = "salesdiag/rules";

    private RuleSource() {
    }

    public static List<RuleFile> fromDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Rules folder not found: " + folder.toAbsolutePath());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(path -> new RuleFile(folder.relativize(path).toString().replace('\\', '/'), read(path)))
                    .filter(RuleFile::isRuleFile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + folder, e);
        }
    }

    public static List<RuleFile> fromClasspath() {
        return ClasspathFolder.read(RuleSource.class.getClassLoader(), CLASSPATH_FOLDER, RuleSource::fromDirectory);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
