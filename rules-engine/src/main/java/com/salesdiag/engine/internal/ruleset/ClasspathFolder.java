package com.salesdiag.engine.internal.ruleset;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A folder on the classpath as a {@link Path}, whether it lies in a directory (a build's classes), a jar or a
 * Spring Boot nested jar (opened as a zip file system for as long as {@code reader} runs).
 */
final class ClasspathFolder {

    private ClasspathFolder() {
    }

    static <T> T read(ClassLoader loader, String folder, Function<Path, T> reader) {
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("Nothing on the classpath under " + folder);
        }
        return read(url, reader);
    }

    /** The folder at {@code url}: a {@code file:} directory or a folder inside a (nested) jar. */
    static <T> T read(URL url, Function<Path, T> reader) {
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) {
                return reader.apply(Path.of(uri));
            }
            try (FileSystem zip = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.apply(zip.provider().getPath(uri));
            } catch (FileSystemAlreadyExistsException openElsewhere) {
                return reader.apply(FileSystems.getFileSystem(uri).provider().getPath(uri));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }

    static URL url(String text) {
        try {
            return URI.create(text).toURL();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a classpath address: " + text, e);
        }
    }
}
