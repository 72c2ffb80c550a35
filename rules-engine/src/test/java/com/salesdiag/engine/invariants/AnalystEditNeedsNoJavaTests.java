package com.salesdiag.engine.invariants;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.internal.check.RulesCheckCommand;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.rules.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysts' loop needs no Java: a policy change to what the ladder concludes, made in a copy of the rules the
 * way an analyst makes it, passes every check {@code ./mvnw verify} runs on the rules once the scenarios that pinned
 * the old policy follow it. Those checks are the rules check (compile, threshold sanity, rule text, scenarios) and
 * the domain's invariants on generated companies; nothing restates the ladder in Java (the plain-Java baseline runs
 * only in the {@code -Pbaseline} profile).
 */
class AnalystEditNeedsNoJavaTests {

    private static final Path SCENARIOS = Path.of("..", "test-data", "scenarios");
    private static final String RECOGNITION = "9-recognition.drl";
    /** The policy change: recognise only those who exceed their goal, no longer those who merely meet it. */
    private static final String MET_OR_EXCEEDED = "code == \"GOAL_MET\" || code == \"GOAL_EXCEEDED\"";
    private static final Pattern MISSING_RECOGNITION =
            Pattern.compile("^scenario (.+): expected RECOGNIZE for (\\S+) but the diagnosis has .*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recognisingOnlyThoseWhoExceedTheirGoalPassesOnceItsScenariosFollow(@TempDir Path dir) throws IOException {
        Path rules = Rules.writeTo(recogniseOnlyExceeded(), dir.resolve("ladder"));
        Path scenarios = copyOf(SCENARIOS, dir.resolve("edited-scenarios"));

        Check before = check(rules, scenarios);
        Map<String, List<String>> pinned = missingRecognitions(before.lines());
        assertThat(before.exit()).as("the scenarios still expect the old policy").isEqualTo(1);
        assertThat(pinned).as("scenarios that recognise a goal merely met").isNotEmpty()
                .containsKey("Nobody is both recognised and corrected");
        assertThat(before.lines()).as("only the policy's own consequences are reported").allSatisfy(line ->
                assertThat(line).matches(l -> MISSING_RECOGNITION.matcher(l).matches() || l.startsWith("REJECTED ")));

        pinned.forEach((name, people) -> follow(scenarios, name, people));

        Check after = check(rules, scenarios);
        assertThat(after.lines()).last().asString().startsWith("OK ");
        assertThat(after.exit()).isZero();
        invariantsHold(DiagnosisEngine.withRulesFrom(rules));
    }

    private static List<RuleFile> recogniseOnlyExceeded() {
        List<RuleFile> packaged = Rules.packaged();
        String recognition = new String(packaged.stream().filter(f -> f.path().equals(RECOGNITION)).findFirst()
                .orElseThrow().content(), StandardCharsets.UTF_8);
        assertThat(recognition).contains(MET_OR_EXCEEDED);
        return Rules.replacing(packaged, RECOGNITION, MET_OR_EXCEEDED, "code == \"GOAL_EXCEEDED\"");
    }

    /** What the analyst does on reading the check: the people it names are no longer expected to be recognised. */
    private static void follow(Path scenarios, String name, List<String> people) {
        Path file = scenarioNamed(scenarios, name);
        ObjectNode scenario = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode mustContain = (ArrayNode) scenario.path("expect").path("mustContain");
        ArrayNode mustNotContain = (ArrayNode) scenario.path("expect").path("mustNotContain");
        for (int i = mustContain.size() - 1; i >= 0; i--) {
            JsonNode e = mustContain.get(i);
            if (e.path("code").asString().equals("RECOGNIZE") && people.contains(e.path("subject").asString())
                    && !e.has("incentive")) {
                mustContain.remove(i);
                mustNotContain.add(e);
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), scenario);
    }

    private static void invariantsHold(DiagnosisEngine edited) {
        LadderInvariants invariants = new LadderInvariants(edited);
        Random seeds = new Random(20261207L);
        for (int i = 0; i < 300; i++) {
            long seed = seeds.nextLong();
            CompanyFacts facts = CompanyGenerator.company(seed);
            Diagnosis diagnosis = edited.diagnose(facts);
            invariants.holdFor(facts, diagnosis, seed);
        }
    }

    private static Map<String, List<String>> missingRecognitions(List<String> lines) {
        Map<String, List<String>> byScenario = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = MISSING_RECOGNITION.matcher(line);
            if (m.matches()) {
                byScenario.computeIfAbsent(m.group(1), n -> new java.util.ArrayList<>()).add(m.group(2));
            }
        }
        return byScenario;
    }

    private static Path scenarioNamed(Path scenarios, String name) {
        try (Stream<Path> files = Files.list(scenarios)) {
            return files.filter(f -> JSON.readTree(f.toFile()).path("name").asString().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no scenario named " + name));
        } catch (IOException e) {
            throw new IllegalStateException(scenarios.toString(), e);
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static Check check(Path rules, Path scenarios) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RulesCheckCommand.run(new String[] {"--rules", rules.toString(), "--scenarios", scenarios.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
        return new Check(exit, out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private record Check(int exit, List<String> lines) {
    }
}
