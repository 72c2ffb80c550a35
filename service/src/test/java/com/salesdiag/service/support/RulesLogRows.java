package com.salesdiag.service.support;

import com.salesdiag.engine.LiveRuleset;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rows written straight into the rules log, as another instance, an older version of the service or someone with
 * SQL would write them: a version's files and a publication of it, bypassing every check of the service.
 */
public final class RulesLogRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RulesLogRows() {
    }

    /**
     * Publishes the rule files of {@code rulesFolder} (and the scenarios of {@code scenarios}, when given, as kept
     * inside the rules folder) under {@code version}, which may differ from what the files are; returns the
     * publication's id.
     */
    public static long publish(Connection db, String version, Path rulesFolder, Path scenarios, String who)
            throws SQLException {
        storeVersion(db, version, rulesFolder);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into rules_publication (published_at, published_by, published_on, action, version, note,
                    scenarios)
                values (?, ?, 'elsewhere:8080', 'PUBLISH', ?, 'written in SQL', ?)""", new String[]{"id"})) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, who);
            insert.setString(3, version);
            insert.setString(4, scenarios == null ? null : encode(files(scenarios, "scenarios/", p -> p.endsWith(".json"))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Keeps the rule files of {@code rulesFolder} under {@code version} (if no version of that name is kept yet). */
    public static void storeVersion(Connection db, String version, Path rulesFolder) throws SQLException {
        try (PreparedStatement known = db.prepareStatement("select count(*) from rules_version where version = ?")) {
            known.setString(1, version);
            try (ResultSet count = known.executeQuery()) {
                count.next();
                if (count.getInt(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "insert into rules_version (version, first_served_at, files) values (?, ?, ?)")) {
            insert.setString(1, version);
            insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(3, encode(files(rulesFolder, "", p -> p.endsWith(".drl") || p.endsWith(".drl.csv"))));
            insert.executeUpdate();
        }
    }

    /** The version the rule files of a folder are, as the service computes it. */
    public static String versionOf(Path rulesFolder) {
        return LiveRuleset.versionOf(rulesFolder);
    }

    private static List<Map<String, String>> files(Path folder, String prefix, java.util.function.Predicate<String> kept) {
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (kept.test(relative)) {
                    files.add(Map.of("path", prefix + relative,
                            "content", Base64.getEncoder().encodeToString(Files.readAllBytes(path))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String encode(List<Map<String, String>> files) {
        return JSON.writeValueAsString(files);
    }
}
