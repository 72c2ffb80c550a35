package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.derived.Evidence;
import com.salesdiag.engine.facts.Salesperson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
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
 *
 * <p>Each package is read from the folder (or jar) that holds one of its own classes, not from the first folder
 * the class loader knows for the package name: in a build, a test class in one of these packages lies in another
 * folder ({@code test-classes}) that comes first on the test classpath, and hashing that folder would make every
 * test compile the DRL instead of reading the precompiled ladder.
 */
final class ModelFingerprint {

    /** One class of each package every rule file imports; its package is hashed whole. */
    static final List<Class<?>> PACKAGES = List.of(Salesperson.class, Evidence.class);

    private ModelFingerprint() {
    }

    static String of(ClassLoader loader) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        for (Class<?> member : PACKAGES) {
            ClasspathFolder.read(folderOf(loader, member), folder -> {
                digestFolder(folder, digest);
                return null;
            });
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    /** The folder holding {@code member}'s class file, as the loader finds that file. */
    private static URL folderOf(ClassLoader loader, Class<?> member) {
        String classFile = member.getName().replace('.', '/') + ".class";
        URL url = loader.getResource(classFile);
        if (url == null) {
            throw new IllegalStateException("Nothing on the classpath under " + classFile);
        }
        String text = url.toString();
        return ClasspathFolder.url(text.substring(0, text.lastIndexOf('/')));
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
