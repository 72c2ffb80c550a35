package com.salesdiag.service.console.rules;

import com.salesdiag.service.support.ConsoleSession;
import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.LadderCopy;
import com.salesdiag.service.support.RulesLogRows;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.ServingALadderCopy;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions pages over HTTP with a browser's session, on a rules folder: each publication's note, who, when and
 * result; a version's diff from the one before it, in words; "restore this version" through the same checks as a
 * publish, which brings the serving folder to the version; a restore refused (no note, a failing check, a folder
 * that cannot be written) changes nothing; the form needs its token.
 */
class VersionPagesTests extends ServingALadderCopy {

    private static final String TOLERANCE = "delivery.onTimeTolerance,0.95,";
    private static final String LOWER_TOLERANCE = "delivery.onTimeTolerance,0.92,";

    @Autowired
    DataSource database;

    private ConsoleSession analyst() {
        return new ConsoleSession(port, "en").signIn(Users.ANALYST);
    }

    private String active() {
        return json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions")).get("active").asString();
    }

    private int publications() {
        return json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/publications?limit=500"))
                .get("publications").size();
    }

    /** The tolerance lowered to 0.92 in the folder and published with a note, as an analyst would. */
    private String publishLowerTolerance() throws IOException {
        RULES.edit("thresholds.drl.csv", TOLERANCE, LOWER_TOLERANCE);
        HttpResponse<String> published = new Http(port).as(Users.ANALYST).postJson("/api/v1/rules/reload",
                "{\"note\": \"Carrier contract: 92 % on time is acceptable\"}", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return json(published).get("version").asString();
    }

    @Test
    void theVersionsShowEachPublicationsNoteAndAVersionItsDiffInWords() throws IOException {
        String original = active();
        String edited = publishLowerTolerance();
        ConsoleSession analyst = analyst();

        String versions = analyst.get("/console/rules/versions").body();
        assertThat(versions).contains("<h2 id=\"publications-heading\">Publications</h2>",
                "Carrier contract: 92 % on time is acceptable", ">published<",
                "href=\"/console/rules/versions/" + edited + "?from=" + original + "\"", "scenarios hold");

        String page = analyst.get("/console/rules/versions/" + edited).body();
        assertThat(page).contains("Carrier contract: 92 % on time is acceptable",
                "From version " + original + " to version " + edited + ": 1 rule file and 1 threshold or band row changed.",
                "Threshold delivery.onTimeTolerance", "thresholds.drl.csv:19", "Value: was 0.95, now 0.92",
                "thresholds.drl.csv, changed: 1 line added, 1 removed",
                "class=\"diff-removed\">-Threshold delivery.onTimeTolerance,",
                "class=\"diff-added\">+Threshold delivery.onTimeTolerance,",
                "a line beginning with a minus sign (-) is only in version " + original,
                "This version serves now.").doesNotContain("id=\"restore-button\"");

        String italian = new ConsoleSession(port, "it").signIn(Users.ANALYST)
                .get("/console/rules/versions/" + edited + "?from=" + original).body();
        assertThat(italian).contains("Cosa è cambiato", "Value: era 0.95, ora 0.92", "Le sue pubblicazioni")
                .as("only where a restore would change something").doesNotContain("id=\"restore-button\"");
        assertThat(analyst.get("/console/rules/versions/" + original + "?from=" + edited).body())
                .contains("Value: was 0.92, now 0.95", "id=\"restore-button\"", "name=\"_csrf\"",
                        "Its rule files are also written into the rules folder " + RULES.folder().getFileName());
        assertThat(analyst.get("/console/rules/versions/" + original + "?from=0123456789ab").body())
                .contains("No version 0123456789ab ever served");
    }

    @Test
    void aRestoreFromItsPageServesTheVersionRecordsTheNoteAndBringsTheFolderToIt() throws IOException {
        String original = active();
        String edited = publishLowerTolerance();
        ConsoleSession analyst = analyst();
        String page = "/console/rules/versions/" + original;

        HttpResponse<String> restored = analyst.post(page + "/restore", Map.of("_csrf", analyst.csrf(page),
                "note", "Back to 95 %: the contract was not signed"));

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
        assertThat(restored.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(analyst.get(page).body()).contains("Restored: version " + original + " serves now, in place of "
                        + edited, "The rules folder " + RULES.folder().getFileName() + " now holds this version",
                "Back to 95 %: the contract was not signed", ">restored<");
        assertThat(active()).isEqualTo(original);
        JsonNode latest = json(new Http(port).as(Users.ANALYST).get("/api/v1/rules/publications")).at("/publications/0");
        assertThat(latest.get("action").asString()).isEqualTo("RESTORE");
        assertThat(latest.get("who").asString()).isEqualTo("analyst");
        assertThat(latest.get("note").asString()).isEqualTo("Back to 95 %: the contract was not signed");
        assertThat(RulesLogRows.versionOf(RULES.folder())).isEqualTo(original);
        assertThat(analyst.get("/console/rules").body()).as("the folder holds what serves")
                .doesNotContain("id=\"unpublished\"");
        assertThat(analyst.get("/console/rules/thresholds").body()).contains("value=\"0.95\"");
        assertThat(staged()).isEmpty();
    }

    @Test
    void aRestoreWithoutANoteOrThatFailsItsCheckOrCannotWriteTheFolderChangesNothing() throws Exception {
        String original = active();
        String edited = publishLowerTolerance();
        int publications = publications();
        byte[] table = Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"));
        ConsoleSession analyst = analyst();
        String page = "/console/rules/versions/" + original;

        HttpResponse<String> noNote = analyst.post(page + "/restore", Map.of("_csrf", analyst.csrf(page), "note", " "));
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(noNote.body()).contains("id=\"note-error\"", "Say why you restore this version",
                "aria-invalid=\"true\"");
        HttpResponse<String> control = analyst.post(page + "/restore", Map.of("_csrf", analyst.csrf(page),
                "note", "why\u0007not"));
        assertThat(control.statusCode()).isEqualTo(422);
        assertThat(control.body()).contains("U+0007");

        LadderCopy broken = LadderCopy.create();
        broken.edit("3-delivery.drl", "then\n    insertLogical(Derive.finding(",
                "then\n    insertLogical(Derive.finding(((");
        String brokenVersion = RulesLogRows.versionOf(broken.folder());
        try (Connection db = database.getConnection()) {
            RulesLogRows.storeVersion(db, brokenVersion, broken.folder());
        }
        String brokenPage = "/console/rules/versions/" + brokenVersion;
        HttpResponse<String> failing = analyst.post(brokenPage + "/restore", Map.of("_csrf", analyst.csrf(brokenPage),
                "note", "Try the old delivery rules"));
        assertThat(failing.statusCode()).isEqualTo(422);
        assertThat(failing.body()).contains("Not restored", "Version " + brokenVersion + " fails its check today",
                "Nothing changed: version " + edited + " still serves", "3-delivery.drl:", "does not compile");

        Path blocked = Files.createDirectory(RULES.folder().resolve(".thresholds.drl.csv.restoring"));
        try {
            HttpResponse<String> unwritable = analyst.post(page + "/restore", Map.of("_csrf", analyst.csrf(page),
                    "note", "Back to 95 %"));
            assertThat(unwritable.statusCode()).isEqualTo(503);
            assertThat(unwritable.body()).contains("id=\"restore-refused\"", "Version " + original
                    + " was not restored: its files cannot be written into the rules folder", "Nothing changed")
                    .doesNotContain(RULES.folder().toString());
        } finally {
            Files.delete(blocked);
        }

        assertThat(analyst.post(page + "/restore", Map.of("note", "no token")).statusCode()).isEqualTo(403);
        assertThat(analyst.post("/console/rules/versions/0123456789ab/restore", Map.of("_csrf", analyst.csrf(page),
                "note", "a version that never served")).statusCode()).isEqualTo(404);

        assertThat(active()).isEqualTo(edited);
        assertThat(publications()).isEqualTo(publications);
        assertThat(Files.readAllBytes(RULES.folder().resolve("thresholds.drl.csv"))).isEqualTo(table);
        assertThat(staged()).isEmpty();
        assertThat(json(new Http(port).as(Users.MANAGER).postJson("/api/v1/diagnoses", SampleCompany.json(), "en"))
                .get("rulesVersion").asString()).isEqualTo(edited);
    }

    @Test
    void onlyAnalystsAndAdministratorsRestore() {
        String version = active();
        for (Users.Login refused : new Users.Login[]{Users.MANAGER, Users.HR}) {
            ConsoleSession session = new ConsoleSession(port, "en").signIn(refused);
            assertThat(session.get("/console/rules/versions/" + version).statusCode()).isEqualTo(403);
            HttpResponse<String> restore = session.post("/console/rules/versions/" + version + "/restore",
                    Map.of("_csrf", session.csrf("/console"), "note", "not mine to restore"));
            assertThat(restore.statusCode()).isEqualTo(403);
            assertThat(restore.body()).contains("<h1>Not allowed</h1>");
        }
    }

    private static java.util.List<String> staged() throws IOException {
        try (Stream<Path> paths = Files.walk(RULES.folder())) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".restoring")).toList();
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return SampleCompany.JSON.readTree(response.body());
    }
}
