package com.salesdiag.service.csv;

import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.system.InputError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A file cut off mid-row (an export or upload that stopped early) is refused, naming the file, row and the columns
 * its last row lacks, rather than read with empty cells into a wrong figure; real exports still read as before.
 */
class CutOffFilesTests {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    @AfterEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @Test
    void theSamplesResultsCutInsideTheirLastRowAreRefusedAsCutOff() {
        Map<String, String> files = SampleCompany.csv();
        String results = files.get("results");
        // "luca,2026-Q3,48000,..." cut to "luca,2026-Q3,4": read, Luca would have earned 4 in the quarter
        int lastRow = results.strip().split("\n").length;
        String cut = results.substring(0, results.strip().lastIndexOf('\n') + 1)
                + lastLine(results).substring(0, lastLine(results).indexOf(',', lastLine(results).indexOf(',') + 1) + 2);
        files.put("results", cut);

        List<InputError> errors = errors(files);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("results.csv");
            assertThat(e.row()).isEqualTo(lastRow);
            assertThat(e.column()).isEqualTo("dealsWon");
            assertThat(e.message()).startsWith("The file looks cut off")
                    .contains("3 of 8 cells", "dealsWon, dealsLost", "averageDiscount");
        });
    }

    @Test
    void aShortRowInsideTheFileIsRefusedInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        Map<String, String> files = SampleCompany.csv();
        files.put("goals", "level,subjectId,period,target\nCOMPANY,padana,2026-Q3\nCOMPANY,padana,2026-Q2,1000000\n");

        List<InputError> errors = errors(files);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("goals.csv");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("target");
            assertThat(e.message()).isEqualTo("Questa riga ha 3 celle mentre la prima riga nomina 4 colonne: "
                    + "mancano target. Manca una cella o un separatore.");
        });
    }

    @Test
    void aLastRowShortButEndedByALineBreakIsAShortRowNotACutFile() {
        Map<String, String> files = SampleCompany.csv();
        files.put("goals", "level,subjectId,period,target\nCOMPANY,padana,2026-Q3\n\n");

        assertThat(errors(files)).singleElement().satisfies(e ->
                assertThat(e.message()).startsWith("This row has 3 cells where the first row names 4 columns"));
    }

    @Test
    void realExportsStillRead() {
        Map<String, String> files = SampleCompany.csv();
        List<CsvUpload> uploads = new ArrayList<>();
        files.forEach((part, text) -> uploads.add(upload(part, text.getBytes(StandardCharsets.UTF_8))));
        uploads.removeIf(u -> u.part().equals("goals") || u.part().equals("departments"));
        // Excel in Italy: semicolons, decimal comma, BOM; Windows-1252; a quoted line break; a trailing empty
        // line; a blank header cell at the end with empty cells under it; no final line break.
        uploads.add(upload("goals", ("\uFEFFlevel;subjectId;period;target\r\nCOMPANY;padana;2026-Q3;1084000,5\r\n"
                + "DEPARTMENT;north-west;2026-Q3;600000\r\n;;;\r\n").getBytes(StandardCharsets.UTF_8)));
        uploads.add(upload("departments", ("id,name,\nnorth-west,\"Nord-Ovest\nMilano\",\n"
                + "centre-south,Centro-Sud Città,").getBytes(Charset.forName("windows-1252"))));

        CsvFacts facts = new CsvFactsReader(MESSAGES).read(uploads);

        assertThat(facts.input().goals()).hasSize(2);
        assertThat(facts.input().departments()).extracting(d -> d.name())
                .containsExactly("Nord-Ovest\nMilano", "Centro-Sud Città");
    }

    private static String lastLine(String text) {
        String stripped = text.strip();
        return stripped.substring(stripped.lastIndexOf('\n') + 1);
    }

    private static List<InputError> errors(Map<String, String> files) {
        List<CsvUpload> uploads = new ArrayList<>();
        files.forEach((part, text) -> uploads.add(upload(part, text.getBytes(StandardCharsets.UTF_8))));
        return catchThrowableOfType(UnreadableInputException.class,
                () -> new CsvFactsReader(MESSAGES).read(uploads)).errors();
    }

    private static CsvUpload upload(String part, byte[] content) {
        return new CsvUpload(part, part + ".csv", content);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
