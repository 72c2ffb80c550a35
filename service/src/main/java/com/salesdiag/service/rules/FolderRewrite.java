package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.RuleFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The serving rules folder brought to the rule files of a version, so that after a restore the folder holds what
 * serves (and the next publish of the folder starts from it, not from the rules the restore replaced).
 * <p>
 * All or nothing, as far as a file system allows. {@link #stage} writes every new or changed file beside its target
 * under a name that no check or watcher reads ({@code .name.restoring}); this is where a full disk or a read-only
 * folder fails, and then the staged files are removed and the folder is as it was. {@link #commit} then moves each
 * staged file over its target (a rename inside one folder: atomic per file) and deletes the rule files the version
 * does not have; should one of those fail, what was done is put back from the bytes held in memory. Scenario files
 * are never touched: they are the analyst's, not part of a version. Nothing here is thread-safe: it runs under the
 * publisher's lock.
 */
final class FolderRewrite implements AutoCloseable {

    private static final String STAGED = ".restoring";

    private final Path folder;
    /** Target to staged file, for files the version adds or changes. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    /** Rule files of the folder that the version does not have. */
    private final List<Path> removed = new ArrayList<>();
    /** What each target held before (null: no file), to put back when a commit fails half-way. */
    private final Map<Path, byte[]> before = new LinkedHashMap<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private boolean committed;

    private FolderRewrite(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Why the folder could not be written: the file (relative to the folder) and the kind of failure, no paths. */
    static final class Failed extends Exception {

        private final String file;

        Failed(String file, IOException cause) {
            super(cause.getClass().getSimpleName() + " on " + file, cause);
            this.file = file;
        }

        String file() {
            return file;
        }

        /** Short, and free of the server's paths, for the API and the pages. */
        String reason() {
            return getMessage();
        }
    }

    /**
     * Writes beside their targets the files of {@code version} that the folder lacks or holds otherwise; nothing a
     * reader of the folder sees changes yet. Throws, with the folder as it was, when a file cannot be written.
     */
    static FolderRewrite stage(Path folder, List<RuleFile> version) throws Failed {
        FolderRewrite rewrite = new FolderRewrite(folder);
        try {
            rewrite.prepare(version);
            return rewrite;
        } catch (Failed failed) {
            rewrite.close();
            throw failed;
        }
    }

    private void prepare(List<RuleFile> version) throws Failed {
        if (!Files.isDirectory(folder)) {
            // moved away or deleted: writing the version would create a folder nobody serves from
            throw new Failed(".", new NoSuchFileException(folder.getFileName().toString()));
        }
        Map<Path, RuleFile> wanted = new LinkedHashMap<>();
        for (RuleFile file : version) {
            wanted.put(target(file.path()), file);
        }
        Set<Path> present = LiveRuleset.filesOf(folder).stream().map(f -> target(f.path()))
                .collect(Collectors.toSet());
        for (Path target : present) {
            if (!wanted.containsKey(target)) {
                removed.add(target);
                before.put(target, read(target));
            }
        }
        for (Map.Entry<Path, RuleFile> entry : wanted.entrySet()) {
            Path target = entry.getKey();
            byte[] old = present.contains(target) ? read(target) : null;
            if (old != null && Arrays.equals(old, entry.getValue().content())) {
                continue;
            }
            before.put(target, old);
            Path partial = target.resolveSibling("." + target.getFileName() + STAGED);
            try {
                createFolders(target.getParent());
                Files.write(partial, entry.getValue().content());
                staged.put(target, partial);
            } catch (IOException e) {
                throw new Failed(relative(target), e);
            }
        }
    }

    /** True when the folder already holds the version's files: nothing to write. */
    boolean unchanged() {
        return staged.isEmpty() && removed.isEmpty();
    }

    /**
     * Moves the staged files over their targets and deletes the rule files the version lacks. When one step fails,
     * the ones done are undone, so that the folder holds the files it held before, and the failure is thrown.
     */
    void commit() throws Failed {
        List<Path> done = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                current = move.getKey();
                moveOver(move.getValue(), move.getKey());
                done.add(move.getKey());
            }
            for (Path target : removed) {
                current = target;
                Files.deleteIfExists(target);
                done.add(target);
            }
            committed = true;
        } catch (IOException e) {
            putBack(done);
            throw new Failed(relative(current), e);
        }
    }

    /** Removes what was staged and not moved (all of it unless committed). */
    @Override
    public void close() {
        for (Path partial : staged.values()) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a dot-file no check reads; left for the analyst, harmless
            }
        }
        if (!committed) {
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdFolders.get(i));
                } catch (IOException e) {
                    // not empty after all: someone else's files, left alone
                }
            }
        }
    }

    private void putBack(List<Path> done) {
        for (Path target : done) {
            byte[] old = before.get(target);
            try {
                if (old == null) {
                    Files.deleteIfExists(target);
                } else {
                    Path partial = target.resolveSibling("." + target.getFileName() + STAGED);
                    Files.write(partial, old);
                    moveOver(partial, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The rules folder could be neither rewritten nor put back: "
                        + relative(target), e);
            }
        }
    }

    private void createFolders(Path parent) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = parent; p != null && p.startsWith(folder) && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdFolders.add(p);
        }
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private byte[] read(Path target) throws Failed {
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new Failed(relative(target), e);
        }
    }

    /** A rule file's place in the folder; what the database holds is not trusted to stay inside it. */
    private Path target(String path) {
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder) || target.equals(folder) || !new RuleFile(path, new byte[0]).isRuleFile()) {
            throw new IllegalArgumentException("Not a rule file of the rules folder: " + path);
        }
        return target;
    }

    private String relative(Path target) {
        return target == null ? "" : folder.relativize(target).toString().replace('\\', '/');
    }
}
