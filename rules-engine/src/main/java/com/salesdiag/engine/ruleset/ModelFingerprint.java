package com.salesdiag.engine.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
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
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        for (String pkg : PACKAGES) {
            ClasspathFolder.read(loader, pkg, folder -> {
                digestFolder(folder, digest);
                return null;
            });
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void digestFolder(Path folder, MessageDigest digest) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> classes = files.filter(p -> p.getFileName().toString().endsWith(".class"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            for (Path file : classes) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the fact model's classes in " + folder, e);
        }
    }
}
