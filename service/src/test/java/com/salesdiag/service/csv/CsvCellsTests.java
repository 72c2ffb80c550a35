package com.salesdiag.service.csv;

import com.salesdiag.service.facts.FactsInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How a number cell is read in a comma-separated file and in one separated by semicolons (Italian settings). */
class CsvCellsTests {

    private static final RecordComponent REVENUE = component(FactsInput.SalesResult.class, "revenue");
    private static final RecordComponent DELAY = component(FactsInput.DeliveryPerformance.class, "averageDelayDays");
    private static final RecordComponent HIRED = component(FactsInput.Salesperson.class, "hireDate");

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} with semicolons is {1}")
    @CsvSource(delimiter = '|', value = {
            "93600|93600", "0,12|0.12", "93600,5|93600.5", "93.600,50|93600.5", "1.250.000,00|1250000",
            "0.12|0.12", "0.1234|0.1234", "-0,08|-0.08", "12.5|12.5"})
    void semicolonFilesReadDecimalCommasAndGroupedThousandsBeforeThem(String cell, double value) throws Exception {
        assertThat(new CsvCells(true).read(cell, REVENUE)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} with semicolons is refused")
    @ValueSource(strings = {"93.600", "1.250.000", "0.125", "-93.600"})
    void aDotThatMayGroupThousandsIsRefusedRatherThanReadAThousandTimesTooSmall(String cell) {
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> new CsvCells(true).read(cell, DELAY))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.ambiguousDot"));
    }

    @ParameterizedTest(name = "{0} with semicolons is not a number")
    @ValueSource(strings = {"9.36,00", "1,2,3", "12,5.3", "93.600,5.0"})
    void mixedSeparatorsThatGroupNothingAreNotNumbers(String cell) {
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> new CsvCells(true).read(cell, REVENUE))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.notANumber"));
    }

    @ParameterizedTest(name = "{0} with commas is {1}")
    @CsvSource(delimiter = '|', value = {"93600|93600", "93.600|93.6", "0.125|0.125", "1,250.00|1250",
            "-12,345,678.5|-12345678.5"})
    void commaFilesUseADecimalPoint(String cell, double value) throws Exception {
        assertThat(new CsvCells(false).read(cell, REVENUE)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} with commas is not a number")
    @ValueSource(strings = {"0,500", "12,500", "1,25.00", "1,2500.0"})
    void commasGroupThousandsOnlyBeforeADecimalPointAndInThrees(String cell) {
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> new CsvCells(false).read(cell, REVENUE));
    }

    @ParameterizedTest(name = "{0} of money with semicolons is {1}")
    @CsvSource(delimiter = '|', value = {"500.000|500000", "1.250.000|1250000", "93.600|93600", "-93.600|-93600"})
    void inAMoneyColumnDotsGroupThousands(String cell, double value) throws Exception {
        assertThat(new CsvCells(true).read(cell, REVENUE)).isEqualTo(value);
    }

    @org.junit.jupiter.api.Test
    void aMoneyColumnReadsItsDotsOneWay() throws Exception {
        CsvCells cells = new CsvCells(true);
        assertThat(cells.read("117.600", REVENUE)).isEqualTo(117600d);
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> cells.read("110.5", REVENUE))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.mixedDots"));
        CsvCells decimals = new CsvCells(true);
        assertThat(decimals.read("110.5", REVENUE)).isEqualTo(110.5);
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> decimals.read("117.600", REVENUE))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.mixedDots"));
    }

    @ParameterizedTest(name = "{0} of money with semicolons is refused")
    @ValueSource(strings = {"0.125", "-0.500"})
    void moneyStartingWithZeroAndADotIsStillAmbiguous(String cell) {
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> new CsvCells(true).read(cell, REVENUE))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.ambiguousDot"));
    }

    @ParameterizedTest(name = "{0} is the date {1}")
    @CsvSource(delimiter = '|', value = {"2011-01-04|2011-01-04", "2011-01-04 00:00:00.000|2011-01-04",
            "2026-07-03T09:30:00Z|2026-07-03", "2026-07-03 09:30|2026-07-03", "2026-07-03T23:59:59+02:00|2026-07-03"})
    void datesAreReadWithOrWithoutTheTimeOfDay(String cell, java.time.LocalDate date) throws Exception {
        assertThat(new CsvCells(false).read(cell, HIRED)).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0} is not a date")
    @ValueSource(strings = {"03/07/2026", "20260703", "2026-07-03 late", "2026-13-01"})
    void otherDateFormsAreRefused(String cell) {
        assertThatExceptionOfType(CsvCells.BadCell.class).isThrownBy(() -> new CsvCells(false).read(cell, HIRED))
                .satisfies(bad -> assertThat(bad.code).isEqualTo("salesdiag.csv.notADate"));
    }
}
