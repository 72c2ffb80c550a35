package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * With {@code salesdiag.rules.watch=true}, reloads the rules folder when an analyst saves a rule file, decision
 * table or scenario in it (or in the {@code scenarios} folder beside it): the same reload as
 * {@code POST /api/v1/rules/reload} (compile, check the tables, run the scenarios, serve only if all pass, publish),
 * recorded in the load history as done by {@value #WHO}. A rejected edit changes nothing that serves; the log says why.
 * <p>
 * It waits until the folder has been quiet for {@code salesdiag.rules.watch-quiet} so that an editor's burst of
 * writes, or a checkout of several files, gives one reload, not one per file. Decided when the service starts, not
 * by a Spring condition, so that fast-start's ahead-of-time bean definitions honour the setting.
 * <p>
 * A watched folder that is deleted and put back (a new version copied in as a whole, a branch switched), or a
 * scenarios folder created after the start, is watched from when it is there, and what it holds is reloaded: the
 * operating system stops reporting on a folder once it is deleted, so the watcher looks for it again every quiet
 * period until it comes back.
 */
@Component
class RulesFolderWatcher implements SmartLifecycle {

    static final String WHO = "file-watcher";

    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final RulesProperties properties;
    private final LiveRuleset live;
    private final RulesPublisher publisher;
    private volatile WatchService watcher;
    private volatile Thread thread;
    /** The top-level folders to watch (rules, scenarios beside them), as registered. */
    private List<Path> roots = List.of();
    /** Top-level folders that are not there now; only the watching thread touches it once started. */
    private final Set<Path> missing = new LinkedHashSet<>();

    RulesFolderWatcher(RulesProperties properties, LiveRuleset live, RulesPublisher publisher) {
        this.properties = properties;
        this.live = live;
        this.publisher = publisher;
    }

    @Override
    public void start() {
        if (!properties.watch() || !properties.editable()) {
            return;
        }
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            roots = watchedFolders();
            for (Path folder : roots) {
                if (Files.isDirectory(folder)) {
                    registerTree(service, folder);
                } else {
                    missing.add(folder);
                }
            }
            watcher = service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the rules folder " + properties.folder(), e);
        }
        Thread loop = new Thread(this::watch, "rules-folder-watcher");
        loop.setDaemon(true);
        loop.start();
        thread = loop;
        log.atInfo().addKeyValue("folder", properties.folder().toAbsolutePath())
                .addKeyValue("quietMs", properties.watchQuiet().toMillis())
                .log("Watching the rules folder: a saved edit is checked and, if it passes, served");
    }

    @Override
    public void stop() {
        WatchService service = watcher;
        watcher = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log.atDebug().setCause(e).log("Closing the rules folder watcher");
            }
        }
        Thread loop = thread;
        thread = null;
        if (loop != null) {
            try {
                loop.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** What a burst of events changed: nothing the check reads, rule files only, or possibly scenarios too. */
    private enum Change {
        NONE, RULES, SCENARIOS;

        Change and(Change other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    private void watch() {
        Change pending = Change.NONE;
        long quietMillis = Math.max(1, properties.watchQuiet().toMillis());
        try {
            while (watcher != null) {
                WatchService service = watcher;
                WatchKey key = pending != Change.NONE || !missing.isEmpty()
                        ? service.poll(quietMillis, TimeUnit.MILLISECONDS) : service.take();
                if (key == null) {
                    if (watchReturnedFolders(service)) {
                        // Back, perhaps still being copied in: reload once it has been quiet.
                        pending = pending.and(Change.SCENARIOS);
                    } else if (pending != Change.NONE) {
                        reload(pending);
                        pending = Change.NONE;
                    }
                    continue;
                }
                pending = pending.and(change(service, key));
                if (!key.reset()) {
                    folderGone((Path) key.watchable());
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            // stop() closed the service: the loop ends.
        }
    }

    /** A top-level folder is looked for again; a folder inside one is watched again when its parent reports it. */
    private void folderGone(Path folder) {
        if (roots.contains(folder)) {
            missing.add(folder);
            log.atWarn().addKeyValue("folder", folder)
                    .log("A watched rules folder is gone; it is watched again, and reloaded, when it is back");
        }
    }

    /** Watches the missing top-level folders that are back; true if any is. */
    private boolean watchReturnedFolders(WatchService service) {
        boolean returned = false;
        for (Path folder : List.copyOf(missing)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                registerTree(service, folder);
                missing.remove(folder);
                returned = true;
                log.atInfo().addKeyValue("folder", folder).log("A watched rules folder is back and watched again");
            } catch (IOException e) {
                // Being replaced again this very moment: the next quiet period tries again.
                log.atDebug().setCause(e).addKeyValue("folder", folder).log("A returned folder cannot be watched yet");
            }
        }
        return returned;
    }

    /**
     * What the key's events touch. A scenario always means a reload (the serving rules must hold it); so do lost
     * events and a new folder, which is watched from now on and may hold either.
     */
    private Change change(WatchService service, WatchKey key) {
        Change change = Change.NONE;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                change = change.and(Change.SCENARIOS);
                continue;
            }
            Path path = ((Path) key.watchable()).resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(service, path);
                } catch (IOException | ClosedWatchServiceException e) {
                    log.atWarn().setCause(e).addKeyValue("folder", path).log("A new folder cannot be watched");
                }
                change = change.and(Change.SCENARIOS);
            } else if (name.endsWith(".json")) {
                change = change.and(Change.SCENARIOS);
            } else if (new RuleFile(name, new byte[0]).isRuleFile()) {
                change = change.and(Change.RULES);
            }
        }
        return change;
    }

    private void reload(Change change) {
        try {
            if (change == Change.RULES
                    && LiveRuleset.versionOf(properties.folder()).equals(live.activeVersion())) {
                // Saved without a change, or changed back to what serves: no reload, no history entry.
                log.atInfo().addKeyValue("version", live.activeVersion())
                        .log("Rules on disk are the ones serving; nothing to reload");
                return;
            }
            // Published like a reload asked for over HTTP: every instance on the database follows it.
            LoadAttempt attempt = publisher.publish(WHO, null).attempt();
            if (attempt.accepted()) {
                log.atInfo().addKeyValue("version", attempt.version()).addKeyValue("scenarios", attempt.scenariosRun())
                        .log("Rules edited on disk now serve");
            } else {
                log.atWarn().addKeyValue("version", attempt.version()).addKeyValue("serving", attempt.activeVersion())
                        .addKeyValue("problemCount", attempt.problemCount())
                        .addKeyValue("problems", attempt.problems().stream().limit(5).map(Object::toString).toList())
                        .log("Rules edited on disk were rejected; the previous version keeps serving "
                                + "(GET /api/v1/rules/versions lists every problem)");
            }
        } catch (RuntimeException e) {
            // e.g. the folder was removed or renamed: nothing changes, and a later save tries again.
            log.atWarn().setCause(e).addKeyValue("folder", properties.folder()).log("Rules folder could not be read");
        }
    }

    /**
     * The rules folder and the scenarios folder beside it, which every reload also runs when it is there; both are
     * watched whenever they exist.
     */
    private List<Path> watchedFolders() {
        List<Path> folders = new ArrayList<>(List.of(properties.folder()));
        Path parent = properties.folder().toAbsolutePath().normalize().getParent();
        if (parent != null) {
            folders.add(parent.resolve(LiveRuleset.SCENARIOS_BESIDE_RULES));
        }
        return List.copyOf(folders);
    }

    private static void registerTree(WatchService service, Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
