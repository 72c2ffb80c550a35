package com.salesdiag.service.rules;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The analysts' scenario suite ships inside the service (from {@code test-data/scenarios}), so that a reload is
 * checked against it even where the repository is not at hand. The rules checker reads folders, so the suite is
 * copied to a temporary folder once at startup.
 */
final class PackagedScenarios {

    static final String LOCATION = "classpath*:scenarios/**/*.json";

    private PackagedScenarios() {
    }

    /** Where the product keeps the suite, and how an analyst knows it: its files are named from here. */
    static final String SHOWN_AS = "test-data/scenarios";

    /** The folders the suite was unpacked into (one per start; tests start several services in one JVM). */
    private static final java.util.Set<String> EXTRACTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** {@code test-data/scenarios/30-....json} for a path in an unpacked copy of the suite; null for any other path. */
    static String shown(String path) {
        for (String folder : EXTRACTED) {
            if (path.equals(folder)) {
                return SHOWN_AS;
            }
            if (path.startsWith(folder + "/")) {
                return SHOWN_AS + path.substring(folder.length());
            }
        }
        return null;
    }

    static Path extract() {
        try {
            Path folder = Files.createTempDirectory("salesdiag-scenarios-");
            EXTRACTED.add(folder.toAbsolutePath().normalize().toString());
            folder.toFile().deleteOnExit();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Path target = folder.resolve(resource.getFilename());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the packaged scenarios", e);
        }
    }
}
