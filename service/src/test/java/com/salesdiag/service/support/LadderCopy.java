package com.salesdiag.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A copy of the packaged ladder in a temporary folder, served as an analyst's rules folder and edited by tests. */
public final class LadderCopy {

    private static final Path LADDER = Path.of("..", "rules", "ladder");

    private final Path folder;

    private LadderCopy(Path folder) {
        this.folder = folder;
    }

    public static LadderCopy create() {
        try {
            LadderCopy copy = new LadderCopy(Files.createTempDirectory("salesdiag-rules-"));
            copy.restore();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Replaces {@code from} by {@code to} in one file, as an analyst's edit; fails if {@code from} is not there. */
    public void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the edit's anchor in " + file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Deletes the folder and everything in it, as an analyst replacing the whole folder would. */
    public void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Puts back the files that differ from the packaged ladder, and only those (rewriting the others would be a
     * change to a watcher); returns how many.
     */
    public int restore() throws IOException {
        Files.createDirectories(folder);
        int restored = 0;
        try (Stream<Path> files = Files.walk(LADDER)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = folder.resolve(LADDER.relativize(file).toString());
                if (!Files.exists(copy) || Files.mismatch(file, copy) != -1) {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    restored++;
                }
            }
        }
        return restored;
    }
}
