package com.salesdiag.service.rawdata;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Bad raw files get a problem naming the file (and, for a cell, its row and column), never a 500 and never a
 * line dropped unsaid: the Northwind export and an opportunities file with any one cell, header or line replaced
 * by a wrong value, a blank, an extreme, a quote never closed or a line too short. {@code -Draw.fuzz.seed=N}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnyRawFileGetsAnAnswerOrAProblemTests {

    private static final long SEED = Long.getLong("raw.fuzz.seed", 20261207L);
    private static final int EXAMPLES = Integer.getInteger("raw.fuzz.examples", 60);
    private static final List<String> VALUES = List.of("", " ", "x", "-1", "1e400", "NaN", "0x1p3", "1.000,5", "12.500",
            "150%", "2026-02-30", "31/12/2026", "9999999999999999999999", "\"", "\"a,b\"", "é€𝄞", "\u0000", "won",
            "open", "Lost", "1997-12-31 10:00:00", "x".repeat(5_000));

    @LocalServerPort
    private int port;

    @Test
    void anyCellReplacedGetsADiagnosisOrAProblemNamingTheFile() {
        Map<String, String> files = NorthwindEndToEndTests.files("company", "goals", "orderLines");
        files.put("opportunities", "Opportunity ID,Owner,Close Date,Amount,Stage,Loss Reason\n"
                + "o1,4,1997-10-02,1200,Closed Won,\no2,4,1997-11-03,800,Closed Lost,Price\n"
                + "o3,7,1997-12-01,,lost,Timing\no4,7,,300,open,\n");
        List<String> lines = Arrays.asList(files.get("orderLines").split("\n"));
        Http manager = new Http(port).as(Users.MANAGER);

        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(10)
                .forAll(integers().between(0, 1), integers().between(0, 2154), integers().between(0, 14),
                        integers().between(0, VALUES.size() + 1))
                .checkAssert((which, row, column, value) -> {
                    Map<String, String> sent = new LinkedHashMap<>(files);
                    String part = which == 0 ? "orderLines" : "opportunities";
                    List<String> rows = which == 0 ? lines : Arrays.asList(files.get(part).split("\n"));
                    sent.put(part, replaced(rows, row % rows.size(), column, value));
                    HttpResponse<String> response = manager.postCsv("/api/v1/diagnoses", sent, "en");
                    String what = part + " row " + (row % rows.size() + 1) + " column " + column + " value " + value
                            + " -> " + response.statusCode() + " " + abbreviated(response.body());

                    assertThat(response.statusCode()).as(what).isIn(200, 400, 422);
                    JsonNode body = SampleCompany.JSON.readTree(response.body());
                    if (response.statusCode() != 200) {
                        assertThat(body.get("errors")).as(what).isNotEmpty();
                        body.get("errors").forEach(e -> assertThat(e.path("file").asString(e.path("field").asString(""))).as(what).isNotBlank());
                    } else {
                        assertThat(body.get("computedFrom").get("files")).as(what).hasSize(2);
                    }
                });
    }

    /** The rows with one cell replaced; VALUES.size() cuts the row short, VALUES.size() + 1 adds a cell. */
    private static String replaced(List<String> rows, int row, int column, int value) {
        List<String> copy = new ArrayList<>(rows);
        List<String> cells = new ArrayList<>(Arrays.asList(copy.get(row).split(",", -1)));
        if (value == VALUES.size()) {
            cells = cells.subList(0, Math.min(cells.size(), 1 + column % Math.max(1, cells.size())));
        } else if (value == VALUES.size() + 1) {
            cells.add("extra");
        } else {
            cells.set(column % cells.size(), VALUES.get(value));
        }
        copy.set(row, String.join(",", cells));
        return String.join("\n", copy) + "\n";
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
