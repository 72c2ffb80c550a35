package com.salesdiag.service.console;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.ServingALadderCopy;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's journey in a real browser against the running application serving a rules folder: sign in, see where
 * the rules come from, a threshold out of its range refused with nothing changed, a good one checked, published and
 * seen in the next diagnosis, the versions and a version's files, a rule file with its metadata, Italian, sign out;
 * and a publish with a note, the note on the versions page, the diff it made, and the version before it restored
 * from its page, serving the next diagnosis.
 * Every page passes {@link PageChecks}; the main ones are saved under {@code docs/console/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystBrowserTests extends ServingALadderCopy {

    private static final String TOLERANCE = "value-0-19";

    private Chromium chromium;

    @BeforeAll
    void startBrowser() {
        chromium = Chromium.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAnalystChangesAThresholdSafelyAndTheNextDiagnosisUsesIt() throws IOException {
        String facts = SampleCompany.withDepartmentDeliveriesOnTime(0.93);
        assertThat(codesFor(diagnose(facts), "centre-south")).contains("DELIVERY_DELAYS");
        String before = active();
        byte[] table = Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"));

        chromium.open("/login");
        chromium.signIn(Users.ANALYST);
        assertThat(chromium.heading()).isEqualTo("The rules");
        assertThat(chromium.text("folder")).contains("The rules serve from the rules folder "
                + RULES.folder().getFileName());
        assertThat(chromium.text("serving")).contains("Serving: version " + before);
        assertThat(chromium.text("files-table")).contains("3-delivery.drl", "delivery", "thresholds.drl.csv");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("rules");

        // a rate typed as a percentage: refused at its row, and nothing changed
        chromium.navigate(link("Thresholds and bands"));
        assertThat(chromium.heading()).isEqualTo("Thresholds and bands");
        type(TOLERANCE, "95");
        chromium.navigate(chromium.driver().findElement(By.id("publish")));
        assertThat(chromium.text("outcome-summary")).startsWith("The reload refused it with")
                .endsWith("Nothing changed: version " + before + " still serves and the folder holds what it held before.");
        assertThat(chromium.text(TOLERANCE + "-error"))
                .isEqualTo("threshold delivery.onTimeTolerance = 95 is above 1: allowed range is 0 to 1");
        assertThat(chromium.text("problems")).contains("thresholds.drl.csv:19", "value not allowed");
        assertThat(active()).isEqualTo(before);
        assertThat(Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"))).isEqualTo(table);
        assertThat(codesFor(diagnose(facts), "centre-south")).contains("DELIVERY_DELAYS");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("thresholds-refused");

        // 92 %, checked with the keyboard alone (Enter in a field checks, it never publishes), then published
        WebElement field = type(TOLERANCE, "0.92");
        chromium.navigate(() -> field.sendKeys(Keys.ENTER));
        assertThat(chromium.text("outcome-summary")).startsWith("The check passed: version ")
                .endsWith("Nothing is published yet.");
        assertThat(active()).isEqualTo(before);
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("thresholds-checked");
        chromium.navigate(chromium.driver().findElement(By.id("publish")));
        String published = active();
        assertThat(published).isNotEqualTo(before);
        assertThat(chromium.text("published")).matches("Published: version " + published + " serves now, in place of "
                + before + "; \\d+ scenarios hold\\. Every diagnosis from now on uses it\\.");
        assertThat(chromium.driver().findElement(By.id(TOLERANCE)).getAttribute("value")).isEqualTo("0.92");

        // the next diagnosis answers under the published version: 93 % on time is no delay any more
        JsonNode answer = diagnose(facts);
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(published);
        assertThat(codesFor(answer, "centre-south")).doesNotContain("DELIVERY_DELAYS");

        // who published what and when, and the files of that version
        chromium.navigate(link("Versions"));
        assertThat(chromium.text("versions-table")).contains("analyst", "published", "refused", "startup");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("versions");
        chromium.navigate(chromium.driver().findElement(By.cssSelector("#versions-table a[href$='" + published + "']")));
        assertThat(chromium.heading()).isEqualTo("Version " + published);
        chromium.navigate(link("thresholds.drl.csv"));
        assertThat(chromium.text("text")).contains("delivery.onTimeTolerance,0.92,");

        // a rule file: its rules with their metadata, and its text in the editor
        chromium.open("/console/rules/file?path=3-delivery.drl");
        assertThat(chromium.text("rules-table")).contains("On-time deliveries below tolerance", "delivery",
                "DELIVERY_DELAYS", "PRODUCTION", "English", "Italian");
        assertThat(chromium.driver().findElement(By.id("text")).getAttribute("value")).contains("rule \"");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("rule-file");

        // in Italian
        chromium.navigate(chromium.driver().findElement(By.id("language")));
        assertThat(chromium.heading()).isEqualTo("File delle regole 3-delivery.drl");
        chromium.navigate(link("Soglie e fasce"));
        assertThat(chromium.text("thresholds-table")).contains("Intervallo ammesso", "delivery.onTimeTolerance");
        PageChecks.assertAccessible(chromium.driver());
        chromium.navigate(chromium.driver().findElement(By.id("language")));
        chromium.signOut();
    }

    @Test
    void anAnalystPublishesWithANoteThenRestoresTheVersionBeforeAndTheNextDiagnosisUsesIt() throws IOException {
        String facts = SampleCompany.withDepartmentDeliveriesOnTime(0.93);
        String before = active();

        chromium.open("/login");
        chromium.signIn(Users.ANALYST);
        chromium.open("/console/rules/thresholds");
        type(TOLERANCE, "0.92");
        type("note", "Carrier contract from October: 92 % on time is acceptable");
        chromium.navigate(chromium.driver().findElement(By.id("publish")));
        String published = active();
        assertThat(published).isNotEqualTo(before);
        assertThat(codesFor(diagnose(facts), "centre-south")).doesNotContain("DELIVERY_DELAYS");

        // the note on the versions page, with who, when and the result
        chromium.navigate(link("Versions"));
        assertThat(chromium.text("publications-table")).contains("analyst", "published", published, before,
                "Carrier contract from October: 92 % on time is acceptable", "scenarios hold");
        PageChecks.assertAccessible(chromium.driver());

        // what that publish changed: the link on the version it replaced opens the diff
        chromium.navigate(chromium.driver().findElement(By.cssSelector(
                "#publications-table a[href$='" + published + "?from=" + before + "']")));
        assertThat(chromium.heading()).isEqualTo("Version " + published);
        assertThat(chromium.text("diff-summary")).isEqualTo("From version " + before + " to version " + published
                + ": 1 rule file and 1 threshold or band row changed.");
        assertThat(chromium.text("diff-thresholds")).contains("Threshold delivery.onTimeTolerance", "changed",
                "Value: was 0.95, now 0.92");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("version-diff");

        // restore the version before it, with a note
        chromium.open("/console/rules/versions/" + before);
        assertThat(chromium.text("restore")).contains("Restore this version",
                "Serve version " + before + " again in place of version " + published);
        // compared with the version serving, chosen in the list
        new Select(chromium.driver().findElement(By.id("from"))).selectByValue(published);
        chromium.navigate(chromium.driver().findElement(By.id("compare")));
        assertThat(chromium.text("diff-thresholds")).contains("Value: was 0.92, now 0.95");
        type("note", "Back to 95 %: the contract starts in January");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("version-restore");
        chromium.navigate(chromium.driver().findElement(By.id("restore-button")));
        assertThat(chromium.text("restored")).contains("Restored: version " + before + " serves now, in place of "
                + published, "The rules folder " + RULES.folder().getFileName() + " now holds this version's files");
        assertThat(active()).isEqualTo(before);
        assertThat(Files.readString(RULES.folder().resolve("thresholds.drl.csv")))
                .contains("delivery.onTimeTolerance,0.95,");
        assertThat(chromium.text("version-publications")).contains("restored",
                "Back to 95 %: the contract starts in January");
        PageChecks.assertAccessible(chromium.driver());
        chromium.screenshot("version-restored");

        // the next diagnosis is served by the restored version: 93 % on time is a delay again
        JsonNode answer = diagnose(facts);
        assertThat(answer.get("rulesVersion").asString()).isEqualTo(before);
        assertThat(codesFor(answer, "centre-south")).contains("DELIVERY_DELAYS");
        chromium.navigate(link("Rules and files"));
        assertThat(chromium.driver().findElements(By.id("unpublished"))).as("the folder holds what serves").isEmpty();
        chromium.signOut();
    }

    private WebElement link(String text) {
        return chromium.driver().findElement(By.linkText(text));
    }

    private WebElement type(String id, String value) {
        WebElement field = chromium.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return field;
    }

    private String active() {
        return SampleCompany.JSON.readTree(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions").body())
                .get("active").asString();
    }

    private JsonNode diagnose(String facts) {
        return SampleCompany.JSON.readTree(new Http(port).as(Users.MANAGER).postJson("/api/v1/diagnoses", facts, "en")
                .body());
    }

    private static List<String> codesFor(JsonNode answer, String subject) {
        return answer.get("findings").valueStream().filter(f -> f.get("subjectId").asString().equals(subject))
                .map(f -> f.get("code").asString()).toList();
    }
}
