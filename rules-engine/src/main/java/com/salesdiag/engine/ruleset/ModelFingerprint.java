package com.salesdiag.engine.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A hash of the compiled classes the rules are written against: the fact model and the derived facts and helpers
 * the DRL imports. Compiled rule packages hold bytecode that calls those classes; stored packages are used only
 * with the very classes they were compiled against (an IDE that recompiles a fact without running the build's
 * precompile step leaves a stale file, which must not be used).
 */
final class ModelFingerprint {

    /** The packages every rule file imports. */
    static final List<String> PACKAGES = List.of("com/salesdiag/engine/facts", "com/salesdiag/engine/derived");

    private ModelFingerprint() {
    }

    static String of(ClassLoader loader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pkg : PACKAGES) {
                URL url = loader.getResource(pkg);
                if (url == null) {
                    throw new IllegalStateException("No classes on the classpath under " + pkg);
                }
                digestClasses(url.toURI(), digest);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read the fact model's classes", e);
        }
    }

    private static void digestClasses(URI folder, MessageDigest digest) throws IOException {
        if ("file".equals(folder.getScheme())) {
            digestFolder(Path.of(folder), digest);
            return;
        }
        // Inside a jar (or a Spring Boot nested jar): walk it as a zip file system.
        try (FileSystem zip = FileSystems.newFileSystem(folder, Map.of())) {
            digestFolder(zip.provider().getPath(folder), digest);
        } catch (FileSystemAlreadyExistsException openElsewhere) {
            digestFolder(FileSystems.getFileSystem(folder).provider().getPath(folder), digest);
        }
    }

    private static void digestFolder(Path folder, MessageDigest digest) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(".class"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .forEach(file -> {
                        digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        try {
                            digest.update(Files.readAllBytes(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
