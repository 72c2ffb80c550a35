package com.salesdiag.engine.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        URL url = RuleSource.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        if (url == null) {
            throw new IllegalStateException("No packaged rules on the classpath under " + CLASSPATH_FOLDER);
        }
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return fromDirectory(Path.of(uri));
            }
            // Inside a jar (or a Spring Boot nested jar): walk it as a zip file system.
            try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                return fromDirectory(zip.provider().getPath(uri));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read packaged rules at " + url, e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
