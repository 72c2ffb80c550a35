package com.salesdiag.service.csv;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.service.facts.FactsInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files as spreadsheets really save them. */
class CsvTextTests {

    @Test
    void separatorIsTakenFromTheHeaderRow() {
        assertThat(CsvText.delimiter("id,name\n1;2;3\n")).isEqualTo(',');
        assertThat(CsvText.delimiter("id;name;\"a,b\"\n")).isEqualTo(';');
        assertThat(CsvText.delimiter("id\tname\n")).isEqualTo('\t');
        assertThat(CsvText.delimiter("id\n")).isEqualTo(',');
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        assertThat(CsvText.decode("\uFEFFid,name".getBytes(StandardCharsets.UTF_8))).isEqualTo("id,name");
    }

    @Test
    void windowsAnsiFilesKeepTheirAccents() {
        byte[] ansi = "id,name\nnord,Città".getBytes(Charset.forName("windows-1252"));
        assertThat(CsvText.decode(ansi)).endsWith("Città");
    }

    @Test
    void decimalCommaIsReadOnlyWhereTheSeparatorAllowsIt() throws Exception {
        RecordComponent revenue = component(FactsInput.SalesResult.class, "revenue");
        assertThat(new CsvCells(true).read("0,78", revenue)).isEqualTo(0.78);
        assertThat(new CsvCells(false).read("0.78", revenue)).isEqualTo(0.78);
        assertThatThrownBy(() -> new CsvCells(false).read("0,78", revenue)).isInstanceOf(CsvCells.BadCell.class);
        assertThatThrownBy(() -> new CsvCells(false).read("NaN", revenue)).isInstanceOf(CsvCells.BadCell.class);
    }

    @Test
    void codesIgnoreCaseAndListsUseBars() throws Exception {
        assertThat(new CsvCells(false).read("salesperson", component(FactsInput.Goal.class, "level")))
                .isEqualTo(GoalLevel.SALESPERSON);
        assertThat(new CsvCells(false).read(" alpha | beta |", component(FactsInput.Salesperson.class, "productIds")))
                .isEqualTo(java.util.List.of("alpha", "beta"));
        assertThat(new CsvCells(false).read("", component(FactsInput.Goal.class, "discussedOn"))).isNull();
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsUnicodeText() {
        String csv = "id,name,departmentId\nanna,Anna Città,north\n";
        byte[] little = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        byte[] big = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16BE);

        assertThat(CsvText.decode(little)).isEqualTo(csv);
        assertThat(CsvText.decode(big)).isEqualTo(csv);
    }
}
