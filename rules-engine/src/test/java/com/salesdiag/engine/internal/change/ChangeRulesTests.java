package com.salesdiag.engine.internal.change;

import com.salesdiag.engine.DiagnosisEngine;
import com.salesdiag.engine.answer.DiagnosedFinding;
import com.salesdiag.engine.answer.Diagnosis;
import com.salesdiag.engine.facts.Company;
import com.salesdiag.engine.facts.CompanyFacts;
import com.salesdiag.engine.facts.Department;
import com.salesdiag.engine.facts.MarketingPerformance;
import com.salesdiag.engine.facts.SalesResult;
import com.salesdiag.engine.facts.Salesperson;
import com.salesdiag.engine.fixtures.Rules;
import com.salesdiag.engine.rules.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst adds a rule on a change without Java: the example of docs/change.md ("leads fell by more than a third"),
 * its threshold row and rule taken from the page as written, loads beside the packaged ladder and fires on a
 * department whose leads fell by 40 %, not on one whose leads fell by 10 %.
 */
class ChangeRulesTests {

    private static final Path DOC = Path.of("..", "docs", "change.md");

    @Test
    void theDocumentedRuleOnLeadsLoadsWithoutJavaAndFires(@TempDir Path dir) throws IOException {
        String doc = Files.readString(DOC);
        Matcher row = Pattern.compile("`(Threshold change\\.leadsFall,[^`]+)`").matcher(doc);
        Matcher rule = Pattern.compile("```drl\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(row.find()).as("docs/change.md shows the threshold row").isTrue();
        assertThat(rule.find()).as("docs/change.md shows the rule").isTrue();
        List<RuleFile> files = Rules.replacing(Rules.packaged(), Rules.THRESHOLDS, "Threshold change.mainContributorShare,",
                row.group(1) + "\nThreshold change.mainContributorShare,");
        files = new java.util.ArrayList<>(files);
        files.add(new RuleFile("leads.drl", ("package salesdiag.rules;\nimport com.salesdiag.engine.facts.*;\n"
                + "import com.salesdiag.engine.derived.*;\n\n" + rule.group(1)).getBytes()));
        DiagnosisEngine engine = DiagnosisEngine.withRulesFrom(Rules.writeTo(files, dir.resolve("ladder")));

        Diagnosis diagnosis = engine.diagnose(company());

        assertThat(diagnosis.findings()).filteredOn(f -> f.rules().contains("Leads fell by more than a third"))
                .extracting(DiagnosedFinding::subjectId, DiagnosedFinding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("north", "FIGURE_MOVED_PREVIOUS_PERIOD"));
        DiagnosedFinding north = diagnosis.findings().stream()
                .filter(f -> f.rules().contains("Leads fell by more than a third")).findFirst().orElseThrow();
        assertThat(north.explanation().get("en")).contains("Leads for North went from 100 in Q2 2026 to 60 (-40%).");
    }

    private static CompanyFacts company() {
        return new CompanyFacts(new Company("acme", "Acme", null), "2026-Q3",
                List.of(new Department("north", "North"), new Department("south", "South")),
                List.of(new Salesperson("ann", "Ann", "north", null, List.of(), null),
                        new Salesperson("bob", "Bob", "south", null, List.of(), null)),
                List.of(), List.of(new SalesResult("ann", "2026-Q2", 1000, 10, null, null, null, null),
                new SalesResult("ann", "2026-Q3", 800, 8, null, null, null, null),
                new SalesResult("bob", "2026-Q2", 1000, 10, null, null, null, null),
                new SalesResult("bob", "2026-Q3", 1000, 10, null, null, null, null)),
                List.of(), null, List.of(), List.of(),
                List.of(new MarketingPerformance("north", "2026-Q2", 100, 100, null),
                        new MarketingPerformance("north", "2026-Q3", 60, 100, null),
                        new MarketingPerformance("south", "2026-Q2", 100, 100, null),
                        new MarketingPerformance("south", "2026-Q3", 90, 100, null)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, false);
    }
}
