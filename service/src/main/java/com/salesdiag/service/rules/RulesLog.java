package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.CheckProblem;
import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.LoadAttempt;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RulesetInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rules log in the database: every load attempt (who, when, the outcome, the problems) and the rule files of
 * every version that served. The in-memory history of {@link LiveRuleset} ends with the process; this one is what
 * {@code /api/v1/rules/versions} shows, and what tells, years later, which rules a diagnosis's
 * {@code rulesVersion} was. Its publications say which version every instance on the database serves
 * ({@link RulesPublisher}, {@link PublishedRulesFollower}).
 */
@Component
class RulesLog implements LiveRuleset.LoadListener {

    private static final Logger log = LoggerFactory.getLogger(RulesLog.class);
    private static final TypeReference<List<CheckProblem>> PROBLEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> FILES = new TypeReference<>() {
    };

    /** The rules log's id of each recent attempt of this process, by the attempt's in-memory sequence. */
    private final Map<Long, Long> recorded = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > 1_000;
        }
    };
    /** The publication the reload running on this thread makes, if it is one (the listener runs on that thread). */
    private final ThreadLocal<Publishing> publishing = new ThreadLocal<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    RulesLog(LiveRuleset live, JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        // The rules were loaded before the database was ready: record that start now, then every later load.
        List<LoadAttempt> before = new ArrayList<>(live.history());
        java.util.Collections.reverse(before);
        before.forEach(attempt -> loaded(attempt, live.serving()));
        live.addListener(this);
    }

    /**
     * Runs {@code reload} (a reload of the live rules, on this thread) as a publication: its attempt is written with
     * the note, and when it is accepted, so is the publication, in the same transaction.
     */
    LoadAttempt publishing(Publishing intent, Supplier<LoadAttempt> reload) {
        publishing.set(intent);
        try {
            return reload.get();
        } finally {
            publishing.remove();
        }
    }

    @Override
    public void loaded(LoadAttempt attempt, RulesetInfo serving) {
        Publishing intent = publishing.get();
        try {
            Long publication = transaction.execute(status -> {
                if (attempt.accepted() && serving.version().equals(attempt.version())) {
                    keepFiles(serving, attempt);
                }
                KeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                                insert into rules_load (loaded_at, loaded_by, version, outcome, active_version,
                                    scenarios_run, problem_count, problems, note)
                                values (:at, :who, :version, :outcome, :active, :scenarios, :problemCount, :problems,
                                    :note)""")
                        .param("at", OffsetDateTime.ofInstant(attempt.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                        .param("who", attempt.who())
                        .param("version", attempt.version())
                        .param("outcome", attempt.outcome().name())
                        .param("active", attempt.activeVersion())
                        .param("scenarios", attempt.scenariosRun())
                        .param("problemCount", attempt.problemCount())
                        .param("problems", json.writeValueAsString(attempt.problems()))
                        .param("note", intent == null ? null : intent.note())
                        .update(keys, "id");
                long id = keys.getKeyAs(Number.class).longValue();
                synchronized (recorded) {
                    recorded.put(attempt.sequence(), id);
                }
                return intent != null && attempt.accepted() ? publish(intent, attempt, id) : null;
            });
            if (publication != null) {
                intent.outcome().written(publication);
            }
        } catch (DataAccessException | TransactionException e) {
            // The load stands (the rules serve either way); what could not be written is said loudly.
            log.atError().setCause(e).addKeyValue("version", attempt.version()).addKeyValue("who", attempt.who())
                    .addKeyValue("outcome", attempt.outcome().name()).log("Rules load not written to the rules log");
        }
    }

    private void keepFiles(RulesetInfo serving, LoadAttempt attempt) {
        boolean known = jdbc.sql("select count(*) from rules_version where version = :version")
                .param("version", serving.version()).query(Integer.class).single() > 0;
        if (known) {
            return;
        }
        jdbc.sql("insert into rules_version (version, first_served_at, files) values (:version, :at, :files)")
                .param("version", serving.version())
                .param("at", OffsetDateTime.ofInstant(attempt.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("files", encode(serving.files()))
                .update();
    }

    /** The attempt as the rules log numbers it (the number {@code /rules/versions} shows), once it is written. */
    LoadAttempt asRecorded(LoadAttempt attempt) {
        Long id;
        synchronized (recorded) {
            id = recorded.get(attempt.sequence());
        }
        return id == null ? attempt : new LoadAttempt(id, attempt.version(), attempt.at(), attempt.who(),
                attempt.outcome(), attempt.activeVersion(), attempt.scenariosRun(), attempt.problemCount(),
                attempt.problems());
    }

    private long publish(Publishing intent, LoadAttempt attempt, long loadId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into rules_publication (published_at, published_by, published_on, action, version,
                            replaced_version, note, load_id, scenarios)
                        values (:at, :who, :instance, :action, :version, :replaced, :note, :loadId, :scenarios)""")
                .param("at", OffsetDateTime.ofInstant(attempt.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("who", attempt.who())
                .param("instance", intent.instance())
                .param("action", intent.action().name())
                .param("version", attempt.version())
                .param("replaced", intent.replacedVersion())
                .param("note", intent.note())
                .param("loadId", loadId)
                .param("scenarios", intent.scenarios().isEmpty() ? null : encode(intent.scenarios()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A load attempt and why it was asked for. */
    record Entry(LoadAttempt attempt, String note) {
    }

    /** Load attempts, newest first. */
    List<LoadAttempt> history(int limit, int offset) {
        return historyWithNotes(limit, offset).stream().map(Entry::attempt).toList();
    }

    /** Load attempts with why they were asked for, newest first. */
    List<Entry> historyWithNotes(int limit, int offset) {
        return jdbc.sql("""
                        select id, loaded_at, loaded_by, version, outcome, active_version, scenarios_run, problem_count,
                            problems, note
                        from rules_load order by id desc limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((row, n) -> new Entry(attempt(row, n), row.getString("note"))).list();
    }

    /** The rule files of a version that served, if it ever did. */
    Optional<List<RuleFile>> files(String version) {
        return jdbc.sql("select files from rules_version where version = :version").param("version", version)
                .query(String.class).optional().map(this::decode);
    }

    /** The versions that ever served, newest first (by when each first served), at most {@code limit}. */
    List<String> versions(int limit) {
        return jdbc.sql("select version from rules_version order by first_served_at desc, version limit :limit")
                .param("limit", limit).query(String.class).list();
    }

    /** The version that first served just before {@code version} first did, if any. */
    Optional<String> servedBefore(String version) {
        return jdbc.sql("""
                        select version from rules_version
                        where first_served_at < (select first_served_at from rules_version where version = :version)
                        order by first_served_at desc limit 1""")
                .param("version", version).query(String.class).optional();
    }

    /** The publication every instance serves: the latest. */
    Optional<Publication> latestPublication() {
        return jdbc.sql(PUBLICATIONS + " order by id desc limit 1").query(this::publication).optional();
    }

    /** Publications, newest first. */
    List<Publication> publications(int limit, int offset) {
        return jdbc.sql(PUBLICATIONS + " order by id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(this::publication).list();
    }

    /** A publication and what its check found: the scenarios that held (null when written by other means). */
    record PublicationResult(Publication publication, Integer scenariosRun) {
    }

    /** Publications with their check's result, newest first; only those of {@code version} unless it is null. */
    List<PublicationResult> publicationsWithResults(String version, int limit, int offset) {
        JdbcClient.StatementSpec query = jdbc.sql("""
                        select p.id, p.published_at, p.published_by, p.published_on, p.action, p.version,
                            p.replaced_version, p.note, p.load_id, l.scenarios_run
                        from rules_publication p left join rules_load l on l.id = p.load_id
                        """ + (version == null ? "" : "where p.version = :version ")
                        + "order by p.id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset);
        if (version != null) {
            query = query.param("version", version);
        }
        return query
                .query((row, n) -> new PublicationResult(publication(row, n),
                        row.getObject("scenarios_run", Integer.class))).list();
    }

    /** The scenarios a publication was checked against (empty: the packaged ones). */
    List<RuleFile> scenariosOf(long publicationId) {
        return jdbc.sql("select scenarios from rules_publication where id = :id").param("id", publicationId)
                .query((row, n) -> Optional.ofNullable(row.getString("scenarios"))).optional()
                .flatMap(text -> text).map(this::decode).orElse(List.of());
    }

    /**
     * The scenarios {@code version} last passed a check with when it was published here (empty: the packaged ones),
     * if it ever was; a publication written by other means than a check of the service does not count.
     */
    Optional<List<RuleFile>> scenariosPublishedWith(String version) {
        return jdbc.sql("""
                        select id from rules_publication where version = :version and load_id is not null
                        order by id desc limit 1""")
                .param("version", version).query(Long.class).optional().map(this::scenariosOf);
    }

    private static final String PUBLICATIONS = """
            select id, published_at, published_by, published_on, action, version, replaced_version, note, load_id
            from rules_publication""";

    private Publication publication(ResultSet row, int n) throws SQLException {
        Long loadId = row.getObject("load_id", Long.class);
        return new Publication(row.getLong("id"), row.getObject("published_at", OffsetDateTime.class).toInstant(),
                row.getString("published_by"), row.getString("published_on"),
                Publication.Action.valueOf(row.getString("action")), row.getString("version"),
                row.getString("replaced_version"), row.getString("note"), loadId);
    }

    private String encode(List<RuleFile> files) {
        return json.writeValueAsString(files.stream()
                .map(f -> Map.of("path", f.path(), "content", Base64.getEncoder().encodeToString(f.content())))
                .toList());
    }

    private List<RuleFile> decode(String text) {
        return json.readValue(text, FILES).stream()
                .map(f -> new RuleFile(f.get("path"), Base64.getDecoder().decode(f.get("content")))).toList();
    }

    private LoadAttempt attempt(ResultSet row, int n) throws SQLException {
        return new LoadAttempt(row.getLong("id"), row.getString("version"),
                row.getObject("loaded_at", OffsetDateTime.class).toInstant(), row.getString("loaded_by"),
                LoadAttempt.Outcome.valueOf(row.getString("outcome")), row.getString("active_version"),
                row.getInt("scenarios_run"), row.getInt("problem_count"),
                json.readValue(row.getString("problems"), PROBLEMS));
    }
}
