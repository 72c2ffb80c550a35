package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.answer.RuleVocabulary;
import com.salesdiag.engine.rules.BandDefinition;
import com.salesdiag.engine.rules.Phrase;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.rules.RuleInfo;
import com.salesdiag.engine.rules.ThresholdDefinition;

import com.salesdiag.engine.derived.Band;
import com.salesdiag.engine.derived.Threshold;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles rule files into a {@link Ruleset}. Each compilation gets its own release id and is removed from
 * Drools' global repository as soon as its knowledge base is built, so hundreds of reloads leak nothing.
 */
public final class RulesetCompiler {

    private static final String RULES_PATH = "src/main/resources/" + RuleSource.CLASSPATH_FOLDER + "/";
    private static final String RELEASE_GROUP = "com.salesdiag";
    private static final String RELEASE_ARTIFACT = "ruleset";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final List<String> REQUIRED_METADATA = List.of("stage", "step", "owner", "description");

    private final Clock clock;

    public RulesetCompiler() {
        this(Clock.systemUTC());
    }

    public RulesetCompiler(Clock clock) {
        this.clock = clock;
    }

    public Ruleset compile(List<RuleFile> files) {
        if (files.stream().noneMatch(RuleFile::isRuleFile)) {
            throw new RulesetException(List.of(RuleProblem.of("(rules folder)", 0, "rules.none")));
        }
        Map<String, DecisionTableRows> tables = decisionTables(files);
        List<RuleProblem> unreadableTables = tables.values().stream().map(DecisionTableRows::unreadable)
                .filter(java.util.Objects::nonNull).toList();
        if (!unreadableTables.isEmpty()) {
            throw new RulesetException(unreadableTables);
        }
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = releaseIdOfBuild(BUILDS.incrementAndGet());
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            kfs.write(RULES_PATH + file.path(), file.content());
        }
        KieBuilder builder;
        try {
            builder = kie.newKieBuilder(kfs).buildAll();
        } catch (RuntimeException e) {
            // Drools reports most problems as messages, but throws for some; either way the edit is refused.
            kie.getRepository().removeKieModule(releaseId);
            throw new RulesetException(List.of(RuleProblem.of("(rules folder)", 0, "compile.failed",
                    String.valueOf(e.getMessage()))));
        }
        try {
            List<RuleProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .map(message -> toProblem(message, tables)).toList();
            if (!errors.isEmpty()) {
                throw new RulesetException(errors);
            }
            KieContainer container = kie.newKieContainer(releaseId);
            return assemble(container.getKieBase(), files, tables);
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The ladder packaged with the product. The build compiled it already ({@link PrecompiledRuleset}), so this
     * only reads the compiled knowledge base, in a fraction of the time and without loading the DRL parser and the
     * Java compiler; it compiles the DRL when that is missing or was compiled from other rule files.
     */
    public Ruleset compilePackaged() {
        List<RuleFile> files = RuleSource.fromClasspath();
        return PrecompiledRuleset.readPackaged(version(files))
                .map(kieBase -> assemble(kieBase, files, decisionTables(files)))
                .orElseGet(() -> compile(files));
    }

    private Ruleset assemble(KieBase kieBase, List<RuleFile> files, Map<String, DecisionTableRows> tables) {
        Map<String, RuleInfo> rules = describe(kieBase);
        List<RuleProblem> metadataProblems = checkMetadata(rules, files);
        if (!metadataProblems.isEmpty()) {
            throw new RulesetException(metadataProblems);
        }
        return withThresholds(kieBase, files, rules, tables);
    }

    private static Map<String, DecisionTableRows> decisionTables(List<RuleFile> files) {
        Map<String, DecisionTableRows> tables = new HashMap<>();
        files.stream().filter(f -> DecisionTableRows.isDecisionTable(f.path()))
                .forEach(f -> tables.put(f.path(), DecisionTableRows.of(f)));
        return tables;
    }

    /**
     * Release id of the n-th compilation in this JVM. Each is removed from {@code KieServices.get().getRepository()}
     * once its knowledge base is built; tests use this to prove that nothing piles up there.
     */
    public static ReleaseId releaseIdOfBuild(long build) {
        return KieServices.Factory.get().newReleaseId(RELEASE_GROUP, RELEASE_ARTIFACT, "1.0." + build);
    }

    /** How many compilations this JVM has started (successful or not). */
    public static long builds() {
        return BUILDS.get();
    }

    private Ruleset withThresholds(KieBase kieBase, List<RuleFile> files, Map<String, RuleInfo> rules,
                                   Map<String, DecisionTableRows> tables) {
        String version = version(files);
        // The decision table inserts thresholds as facts; an empty session shows which are in force, and the
        // insert events tell which row inserted each one (for its description, allowed range and line).
        KieSession session = kieBase.newKieSession();
        Map<Object, Rule> insertedBy = new IdentityHashMap<>();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    insertedBy.put(event.getObject(), event.getRule());
                }
            }
        });
        try {
            session.fireAllRules();
            List<Threshold> thresholdFacts = session.getObjects(o -> o instanceof Threshold).stream()
                    .map(Threshold.class::cast).toList();
            List<Band> bandFacts = session.getObjects(o -> o instanceof Band).stream().map(Band.class::cast).toList();
            List<ThresholdDefinition> thresholdDefinitions = thresholdFacts.stream().map(t -> {
                Source source = source(insertedBy.get(t), tables);
                return new ThresholdDefinition(t.key(), t.value(), source.description, source.range, source.file,
                        source.line, source.rule);
            }).sorted(Comparator.comparing(ThresholdDefinition::file).thenComparingInt(ThresholdDefinition::line)
                    .thenComparing(ThresholdDefinition::key)).toList();
            List<BandDefinition> bandDefinitions = bandFacts.stream().map(b -> {
                Source source = source(insertedBy.get(b), tables);
                return new BandDefinition(b.scale(), b.code(), b.lower(), b.upper(), source.file, source.line,
                        source.rule);
            }).sorted(Comparator.comparing(BandDefinition::scale).thenComparingDouble(BandDefinition::lower)
                    .thenComparingInt(BandDefinition::line)).toList();
            List<Threshold> thresholds = thresholdFacts.stream().sorted(Comparator.comparing(Threshold::key)).toList();
            List<Band> bands = bandFacts.stream()
                    .sorted(Comparator.comparing(Band::scale).thenComparingDouble(Band::lower)).toList();
            return new Ruleset(kieBase, version, clock.instant(), rules, thresholds, bands, thresholdDefinitions,
                    bandDefinitions, files);
        } finally {
            session.dispose();
        }
    }

    private record Source(String rule, String file, int line, String description, String range) {
    }

    private static Source source(Rule rule, Map<String, DecisionTableRows> tables) {
        if (rule == null) {
            return new Source("", "", 0, "", "");
        }
        String file = file(rule);
        DecisionTableRows rows = tables.get(file);
        return new Source(rule.getName(), file, rows == null ? 0 : rows.rowOfRule(rule.getName()),
                description(rule.getMetaData()), text(rule.getMetaData(), "range"));
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        kieBase.getKiePackages().stream()
                .flatMap(pkg -> pkg.getRules().stream())
                .sorted(Comparator.comparing(RulesetCompiler::file).thenComparing(Rule::getName))
                .forEach(rule -> rules.put(rule.getName(), info(rule)));
        return rules;
    }

    private static RuleInfo info(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Map<String, String> sentences = new LinkedHashMap<>();
        for (String language : RuleVocabulary.LANGUAGES) {
            if (meta.get(language) != null) {
                sentences.put(language, meta.get(language).toString());
            }
        }
        Object step = meta.get("step");
        return new RuleInfo(rule.getName(), file(rule), text(meta, "stage"),
                step instanceof Number n ? n.intValue() : -1, text(meta, "code"), text(meta, "kind"),
                text(meta, "owner"), description(meta), Map.copyOf(sentences));
    }

    private static List<RuleProblem> checkMetadata(Map<String, RuleInfo> rules, List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules.values()) {
            if (DecisionTableRows.isDecisionTable(rule.file())) {
                continue; // decision-table rows only insert thresholds
            }
            List<String> missing = new ArrayList<>();
            if (rule.stage().isEmpty()) missing.add("@stage");
            if (rule.step() < 0) missing.add("@step (a number)");
            if (rule.owner().isEmpty()) missing.add("@owner");
            if (rule.description().isEmpty()) missing.add("@description");
            if (!missing.isEmpty()) {
                problems.add(RuleProblem.of(rule.file(), lineOf(rule, files), "rule.missingMetadata", rule.name(),
                        String.join(", ", missing), REQUIRED_METADATA.toString()));
            }
        }
        return problems;
    }

    /** The line a rule starts on in its DRL file (the compiled rule keeps no line); 0 when not found. */
    private static int lineOf(RuleInfo rule, List<RuleFile> files) {
        for (RuleFile file : files) {
            if (file.path().equals(rule.file())) {
                List<String> lines = file.text().lines().toList();
                String start = "rule \"" + rule.name() + "\"";
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).strip().startsWith(start)) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    private static String file(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            int at = path.indexOf(RuleSource.CLASSPATH_FOLDER + "/");
            return at >= 0 ? path.substring(at + RuleSource.CLASSPATH_FOLDER.length() + 1) : path;
        }
        return "";
    }

    /** DRL's parser files {@code @description} under the annotation's class name. */
    private static String description(Map<String, Object> meta) {
        String plain = text(meta, "description");
        return plain.isEmpty() ? text(meta, "org.kie.api.definition.type.Description") : plain;
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString();
    }

    private static RuleProblem toProblem(Message message, Map<String, DecisionTableRows> tables) {
        String path = message.getPath() == null ? "" : message.getPath();
        int at = path.indexOf(RuleSource.CLASSPATH_FOLDER + "/");
        String file = at >= 0 ? path.substring(at + RuleSource.CLASSPATH_FOLDER.length() + 1) : path;
        int line = message.getLine();
        DecisionTableRows rows = tables.get(file);
        if (rows != null) {
            // Drools reports lines of the DRL it generated from the table; the analyst edits rows.
            line = rows.rowOfDrlLine(line);
            Phrase typo = rows.numberTypo(line);
            if (typo != null) {
                return new RuleProblem(file, line, typo);
            }
        }
        // Drools words its own messages, in English only: they are quoted as they are.
        return RuleProblem.of(file, line, "compile.drools", message.getText().strip());
    }

    /** The version a set of rule files serves under: a hash of their paths and contents. */
    public static String version(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(RuleFile::path)).forEach(file -> {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
