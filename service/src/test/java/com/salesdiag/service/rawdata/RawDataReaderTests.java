package com.salesdiag.service.rawdata;

import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.service.csv.CsvFacts;
import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.csv.CsvUpload;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.facts.InvalidFactsException;
import com.salesdiag.service.csv.UnreadableInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Raw files added up into the facts, and every way they can be wrong, named by file, row and column. */
class RawDataReaderTests {

    static final ResourceBundleMessageSource MESSAGES = messages();

    private static final String COMPANY = "id,name,period\nacme,Acme,2026-Q3\n";
    private static final String LINES_HEADER = "orderId,orderDate,salespersonId,departmentId,productId,quantity,unitPrice,discount,requiredDate,shippedDate\n";

    private final Map<String, String> kpi = new LinkedHashMap<>(Map.of("company", COMPANY));
    private final Map<String, byte[]> raw = new LinkedHashMap<>();

    @AfterEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @Test
    void revenueIsQuantityTimesPriceLessDiscountPerSalespersonAndQuarter() {
        raw("orderLines", LINES_HEADER
                + "1,2026-07-03,marco,north,valve,10,100,0.1,2026-07-10,2026-07-09\n"
                + "1,2026-07-03,marco,north,pump,2,50,,2026-07-10,2026-07-12\n"
                + "2,2026-08-01,marco,north,valve,1,100,0,2026-08-10,\n"
                + "3,2026-04-01,marco,north,valve,1,300,0.5,2026-04-10,2026-04-10\n");
        RawFacts facts = read();

        FactsInput.SalesResult q3 = result(facts.input(), "marco", "2026-Q3");
        assertThat(q3.revenue()).isEqualTo(10 * 100 * 0.9 + 2 * 50 + 100);
        // weighted by value before discount: 100 given away of 1,200
        assertThat(q3.averageDiscount()).isEqualTo(100.0 / 1200);
        assertThat(q3.dealsWon()).as("no opportunities sent: deals unknown, not zero").isNull();
        assertThat(q3.dealsLost()).isNull();
        assertThat(result(facts.input(), "marco", "2026-Q2").revenue()).isEqualTo(150.0);

        FactsInput.DeliveryPerformance north = delivery(facts.input(), DeliveryScope.DEPARTMENT, "north", "2026-Q3");
        // order 1 shipped 12th against the 10th (its last line late: the order is late), order 2 still open
        assertThat(north.orders()).isEqualTo(1);
        assertThat(north.onTimeRate()).isEqualTo(0.0);
        assertThat(north.averageDelayDays()).isEqualTo(2.0);
        assertThat(facts.input().delivery()).as("a product's delivery over every department charges one's delays to others")
                .extracting(FactsInput.DeliveryPerformance::scope).containsOnly(DeliveryScope.DEPARTMENT);
        ComputedFrom.DeliveryFrom from = facts.computedFrom().delivery().stream()
                .filter(d -> d.scope().equals("DEPARTMENT") && d.period().equals("2026-Q3")).findFirst().orElseThrow();
        assertThat(from.openOrders()).isEqualTo(1);
        assertThat(from.lateOrders()).isEqualTo(1);
        assertThat(from.lines()).isEqualTo(3);
        ComputedFrom.ResultFrom resultFrom = facts.computedFrom().results().stream()
                .filter(r -> r.period().equals("2026-Q3")).findFirst().orElseThrow();
        assertThat(resultFrom.lines()).isEqualTo(3);
        assertThat(resultFrom.orders()).isEqualTo(2);

        assertThat(facts.input().salespeople()).singleElement().satisfies(s -> {
            assertThat(s.departmentId()).isEqualTo("north");
            assertThat(s.productIds()).containsExactly("pump", "valve");
        });
        assertThat(facts.input().notSent()).doesNotContain("results", "delivery").contains("goals", "trainings");
    }

    @Test
    void withoutDeliveryDatesDeliveryIsNotSent() {
        raw("orderLines", "orderId,orderDate,salespersonId,departmentId,productId,quantity,unitPrice\n"
                + "1,2026-07-03,marco,north,valve,10,100\n");
        RawFacts facts = read();
        assertThat(facts.input().notSent()).contains("delivery");
        assertThat(result(facts.input(), "marco", "2026-Q3").averageDiscount()).as("no discount column").isNull();
        assertThat(facts.computedFrom().delivery()).isNull();
    }

    @Test
    void fiscalQuartersAndMonthsFollowTheCompany() {
        kpi.put("company", "id,name,period,fiscalYearStartMonth\nacme,Acme,2027-Q1,7\n");
        raw("orderLines", LINES_HEADER + "1,2026-08-03,marco,north,valve,1,100,0,,\n"
                + "2,2026-06-30,marco,north,valve,1,10,0,,\n");
        RawFacts facts = read();
        assertThat(result(facts.input(), "marco", "2027-Q1").revenue()).isEqualTo(100.0);
        assertThat(result(facts.input(), "marco", "2026-Q4").revenue()).isEqualTo(10.0);

        kpi.put("company", "id,name,period\nacme,Acme,2026-08\n");
        assertThat(result(read().input(), "marco", "2026-08").revenue()).isEqualTo(100.0);
    }

    @Test
    void linesAfterThePeriodAreCountedNotUsed() {
        raw("orderLines", LINES_HEADER + "1,2026-10-03,marco,north,valve,1,100,0,,\n"
                + "2,2026-09-30,marco,north,valve,1,10,0,,\n");
        RawFacts facts = read();
        assertThat(facts.input().results()).singleElement().satisfies(r -> assertThat(r.revenue()).isEqualTo(10.0));
        assertThat(facts.computedFrom().files().get(0).afterPeriod()).isEqualTo(1);
    }

    @Test
    void opportunitiesGiveDealsAndLossCausesThroughTheTable() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        raw("opportunities", "Opportunity ID,Owner,Close Date,Amount,Stage,Loss Reason\n"
                + "o1,marco,2026-07-01,100,Closed Won,\n"
                + "o2,marco,2026-07-02,100,Closed Lost,Too expensive\n"
                + "o3,marco,2026-07-02,100,lost,Missing feature\n"
                + "o4,marco,2026-07-02,100,lost,Went dark\n"
                + "o5,marco,,100,open,\n");
        RawFacts facts = read();
        FactsInput.SalesResult q3 = result(facts.input(), "marco", "2026-Q3");
        assertThat(q3.revenue()).as("order lines give revenue, not won amounts").isEqualTo(100.0);
        assertThat(q3.dealsWon()).isEqualTo(1);
        assertThat(q3.dealsLost()).isEqualTo(3);
        assertThat(q3.lostOnPrice()).isEqualTo(1);
        assertThat(q3.lostOnProduct()).isEqualTo(1);
        assertThat(facts.computedFrom().lossReasons()).extracting(ComputedFrom.ReasonFrom::reason,
                ComputedFrom.ReasonFrom::countedAs).contains(
                org.assertj.core.groups.Tuple.tuple("Went dark", LossCause.OTHER),
                org.assertj.core.groups.Tuple.tuple("Too expensive", LossCause.PRICE));
        assertThat(facts.computedFrom().files().get(1).openOpportunities()).isEqualTo(1);
    }

    @Test
    void typedLossReasonsAreReadByTheirWordsAndAmbiguousOnesCountAsAnotherReason() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        raw("opportunities", "Opportunity ID,Owner,Close Date,Amount,Stage,Loss Reason\n"
                + "o1,marco,2026-07-02,100,persa,Prezzo troppo alto\n"
                + "o2,marco,2026-07-02,100,lost,Competitor's price was lower\n"
                + "o3,marco,2026-07-02,100,lost,Prodotto inadeguato\n"
                + "o4,marco,2026-07-02,100,lost,Price and quality\n"
                + "o5,marco,2026-07-02,100,lost,Budget cliente\n"
                + "o6,marco,2026-07-02,100,lost,Tempi di consegna\n");
        RawFacts facts = read();
        FactsInput.SalesResult q3 = result(facts.input(), "marco", "2026-Q3");
        assertThat(q3.dealsLost()).isEqualTo(6);
        assertThat(q3.lostOnPrice()).as("the two reasons that name the price").isEqualTo(2);
        assertThat(q3.lostOnProduct()).as("the one that names the product alone").isEqualTo(1);
        assertThat(facts.computedFrom().lossReasons()).extracting(ComputedFrom.ReasonFrom::reason,
                ComputedFrom.ReasonFrom::countedAs).contains(
                org.assertj.core.groups.Tuple.tuple("Prezzo troppo alto", LossCause.PRICE),
                org.assertj.core.groups.Tuple.tuple("Price and quality", LossCause.OTHER),
                org.assertj.core.groups.Tuple.tuple("Budget cliente", LossCause.OTHER));
    }

    @Test
    void aLostDealWithoutReasonLeavesTheCausesUnknown() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        raw("opportunities", "opportunityId,salespersonId,closeDate,outcome,lossReason\n"
                + "o1,marco,2026-07-01,lost,price\no2,marco,2026-07-01,lost,\n");
        FactsInput.SalesResult q3 = result(read().input(), "marco", "2026-Q3");
        assertThat(q3.dealsLost()).isEqualTo(2);
        assertThat(q3.lostOnPrice()).isNull();
        assertThat(q3.lostOnProduct()).isNull();
    }

    @Test
    void aUsExportWithThousandsCommasAndMonthFirstDatesWithTimesIsRead() {
        raw("mapping", "what,from,to\ndateFormat,,MM/dd/yyyy HH:mm\ndecimal,,point\n");
        raw("orderLines", "Order Number,Order Date,Sales Rep,Region,SKU,Qty,Unit Price\n"
                + "1,07/03/2026 09:30,marco,north,valve,2,\"1,250.00\"\n");
        assertThat(result(read().input(), "marco", "2026-Q3").revenue()).isEqualTo(2500.0);
    }

    @Test
    void aDateFormatThatCannotReadADayIsRefusedAtItsMappingRow() {
        raw("mapping", "what,from,to\ndateFormat,,QQQ\ndateFormat,,\n");
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).extracting(InputError::file, InputError::row, InputError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mapping.csv", 2, "to"),
                org.assertj.core.groups.Tuple.tuple("mapping.csv", 3, "to"));
    }

    @Test
    void aMappingFileNamesColumnsDatesDecimalsReasonsAndOutcomes() {
        raw("mapping", "what,from,to\ncolumn,Venditore,salespersonId\ncolumn,Data,closeDate\n"
                + "dateFormat,,dd/MM/yyyy\ndecimal,,comma\nlossReason,Costa troppo,PRICE\noutcome,Firmato,WON\n"
                + "outcome,Sfumato,LOST\ncolumn,Esito,outcome\ncolumn,Motivo,lossReason\ncolumn,Importo,amount\n"
                + "column,Numero,opportunityId\ncolumn,Area,departmentId\n");
        raw("opportunities", "Numero;Venditore;Area;Data;Importo;Esito;Motivo\n"
                + "1;marco;nord;03/07/2026;1.250,50;Firmato;\n2;marco;nord;04/07/2026;12.500;Sfumato;Costa troppo\n");
        RawFacts facts = read();
        FactsInput.SalesResult q3 = result(facts.input(), "marco", "2026-Q3");
        assertThat(q3.dealsWon()).isEqualTo(1);
        assertThat(q3.lostOnPrice()).isEqualTo(1);
        assertThat(q3.revenue()).as("no order lines: revenue is what was won").isEqualTo(1250.5);
        assertThat(facts.computedFrom().results().get(0).revenueFrom()).isEqualTo("opportunities");
    }

    @Test
    void exportHeadersAreRecognisedAndOtherColumnsListedAsLeftAside() {
        raw("orderLines", "Order ID;Order Date;Sales Rep;Region;SKU;Qty;Unit Price;Ship City\n"
                + "A-1;2026-07-03;marco;north;valve;2;10,5;Milano\n");
        RawFacts facts = read();
        assertThat(result(facts.input(), "marco", "2026-Q3").revenue()).isEqualTo(21.0);
        assertThat(facts.computedFrom().files().get(0).columnsIgnored()).containsExactly("Ship City");
    }

    @Test
    void italianHeadersAreRecognisedToo() {
        raw("orderLines", "Numero ordine;Data ordine;Venditore;Area;Articolo;Quantità;Prezzo;Sconto\n"
                + "7;2026-07-03;marco;nord;valvola;3;12,5;10%\n");
        assertThat(result(read().input(), "marco", "2026-Q3").revenue()).isEqualTo(33.75);
    }

    @Test
    void halfACentRoundsUpAsByHand() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,9082.745,0,,\n");
        assertThat(result(read().input(), "marco", "2026-Q3").revenue()).isEqualTo(9082.75);
    }

    @Test
    void aDiscountColumnHeadedWithPercentHoldsPercentages() {
        raw("orderLines", "Numero ordine;Data ordine;Venditore;Area;Articolo;Quantità;Prezzo;Sconto %\n"
                + "7;2026-07-03;marco;nord;valvola;4;25;12,5\n"
                + "8;2026-07-04;marco;nord;valvola;1;100;5%\n");
        FactsInput.SalesResult q3 = result(read().input(), "marco", "2026-Q3");
        assertThat(q3.revenue()).isEqualTo(87.5 + 95);
        assertThat(q3.averageDiscount()).isEqualTo((12.5 + 5) / 200);
    }

    @Test
    void windows1252FilesAreReadAsSuch() {
        raw.put("orderLines", (LINES_HEADER + "1,2026-07-03,marco,Città,valve,1,100,0,,\n")
                .getBytes(Charset.forName("windows-1252")));
        assertThat(read().input().departments()).extracting(FactsInput.Department::id).containsExactly("Città");
    }

    @Test
    void badCellsAreNamedByFileRowAndColumnInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        raw("orderLines", LINES_HEADER
                + "1,2026-07-03,marco,north,valve,ten,100,0,,\n"
                + "2,03/07/2026,marco,north,valve,1,100,0,,\n"
                + "3,2026-07-03,,north,valve,1,100,2,,\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).extracting(InputError::file, InputError::row, InputError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("orderLines.csv", 2, "quantity"),
                org.assertj.core.groups.Tuple.tuple("orderLines.csv", 3, "orderDate"),
                org.assertj.core.groups.Tuple.tuple("orderLines.csv", 4, "salespersonId"),
                org.assertj.core.groups.Tuple.tuple("orderLines.csv", 4, "discount"));
        assertThat(errors.get(0).message()).isEqualTo("'ten' non è un numero.");
    }

    @Test
    void aProblemOnEveryRowIsListedThreeTimesThenCounted() {
        StringBuilder lines = new StringBuilder(LINES_HEADER);
        for (int order = 1; order <= 50; order++) {
            lines.append(order).append(",03/07/2026,marco,north,valve,1,100,0,,\n");
        }
        raw("orderLines", lines + "51,2026-07-03,marco,north,valve,x,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).extracting(InputError::row, InputError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "orderDate"), org.assertj.core.groups.Tuple.tuple(3, "orderDate"),
                org.assertj.core.groups.Tuple.tuple(4, "orderDate"), org.assertj.core.groups.Tuple.tuple(52, "quantity"),
                org.assertj.core.groups.Tuple.tuple(51, "orderDate"));
        assertThat(errors.get(4).message()).startsWith("47 more rows have the same problem in column 'orderDate'");
        assertThat(errors.get(0).message()).as("how to declare the export's format")
                .contains("dateFormat,,dd/MM/yyyy");
    }

    @Test
    void aValueBeyondTheHeadersColumnsIsAnErrorNotDropped() {
        raw("orderLines", "orderId,orderDate,salespersonId,salespersonName,departmentId,productId,quantity,unitPrice\n"
                + "1,2026-07-03,marco,Rossi, Marco,north,valve,1,100\n2,2026-07-03,marco,Marco,north,valve,1,100,,\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).contains("'100'");
        });
    }

    @Test
    void orderLinesCutInsideTheirLastRowAreRefusedAsCutOffNotAddedUp() {
        raw("orderLines", LINES_HEADER
                + "1,2026-07-03,marco,north,valve,10,100,0,2026-07-10,2026-07-09\n"
                + "2,2026-08-01,marco,north,valve,1,1");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("orderLines.csv");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("discount");
            assertThat(e.message()).startsWith("The file looks cut off")
                    .contains("7 of 10 cells", "discount, requiredDate, shippedDate");
        });
    }

    @Test
    void aShortRowOfTheMappingIsRefusedInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,10,100,0,2026-07-10,2026-07-09\n");
        raw("mapping", "what,from,to\ncolumn,EmployeeID\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("mapping.csv");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).isEqualTo("Questa riga ha 2 celle mentre la prima riga nomina 3 colonne: mancano to. "
                    + "Manca una cella o un separatore.");
        });
    }

    @Test
    void aMissingFieldIsNamedWithTheHeadersThatWouldGiveIt() {
        raw("orderLines", "orderId,orderDate,salespersonId,departmentId,quantity,unitPrice\n1,2026-07-03,m,n,1,1\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("productId");
            assertThat(e.message()).contains("sku");
        });
    }

    @Test
    void theLinesOfOneOrderComeTogether() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n"
                + "2,2026-07-03,marco,north,valve,1,100,0,,\n1,2026-07-03,marco,north,pump,1,100,0,,\n"
                + "3,2026-07-03,marco,north,pump,1,100,0,,\n3,2026-07-03,anna,north,pump,1,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class, this::read).errors();
        assertThat(errors).extracting(InputError::row, InputError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "orderId"), org.assertj.core.groups.Tuple.tuple(6, "salespersonId"));
        assertThat(errors.get(1).message()).contains("'anna'", "'marco'", "row 5");
    }

    @Test
    void anUnknownSalespersonIsRefusedAtItsFirstRowUnlessTheMappingAddsThem() {
        kpi.put("salespeople", "id,name,departmentId\nmarco,Marco,north\n");
        kpi.put("departments", "id,name\nnorth,Nord\n");
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n"
                + "2,2026-07-03,anna,north,valve,1,100,0,,\n3,2026-07-03,anna,north,valve,1,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(InvalidFactsException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("salespersonId");
            assertThat(e.message()).contains("'anna'", "salespeople.csv");
        });

        raw("mapping", "what,from,to\nnewSubjects,,add\n");
        assertThat(read().input().salespeople()).extracting(FactsInput.Salesperson::id).containsExactly("marco", "anna");
    }

    @Test
    void aSalespersonInTwoDepartmentsMustBeSaidWhere() {
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n"
                + "2,2026-07-03,marco,south,valve,1,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(InvalidFactsException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(3));
    }

    @Test
    void aFigureGivenByAKpiFileAndARawFileIsRefusedNamingBoth() {
        kpi.put("results", "salespersonId,period,revenue,dealsWon\nmarco,2026-Q3,500,\n");
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        List<InputError> errors = catchThrowableOfType(InvalidFactsException.class, this::read).errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("results.csv");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.message()).contains("results.csv", "orderLines.csv", "revenue");
        });
    }

    @Test
    void kpiRevenueAndRawDealsForOneSalespersonAreMerged() {
        kpi.put("results", "salespersonId,period,revenue\nmarco,2026-Q3,500\n");
        kpi.put("salespeople", "id,name,departmentId\nmarco,Marco,north\n");
        raw("opportunities", "opportunityId,salespersonId,closeDate,outcome\no1,marco,2026-07-01,won\n");
        FactsInput.SalesResult q3 = result(read().input(), "marco", "2026-Q3");
        assertThat(q3.revenue()).isEqualTo(500.0);
        assertThat(q3.dealsWon()).isEqualTo(1);
        assertThat(q3.dealsLost()).isZero();
        assertThat(q3.lostOnPrice()).as("no lossReason column").isNull();
    }

    @Test
    void aSalespersonWithAGoalAndNoLineInAPeriodTheLinesCoverHasNoResultButIsShownWithNoLines() {
        kpi.put("goals", "level,subjectId,period,target\nSALESPERSON,anna,2026-Q3,1000\nSALESPERSON,anna,2027-Q1,1000\n");
        raw("orderLines", LINES_HEADER + "1,2026-07-03,marco,north,valve,1,100,0,,\n");
        kpi.put("salespeople", "id,name,departmentId\nmarco,Marco,north\nanna,Anna,north\n");
        RawFacts facts = read();
        assertThat(facts.input().results()).as("an export that left anna out is no proof she sold nothing")
                .noneMatch(r -> r.salespersonId().equals("anna"));
        assertThat(facts.computedFrom().results()).filteredOn(r -> r.salespersonId().equals("anna")).singleElement()
                .satisfies(r -> {
                    assertThat(r.period()).isEqualTo("2026-Q3");
                    assertThat(r.lines()).isZero();
                    assertThat(r.revenue()).isNull();
                });
    }

    private void raw(String part, String text) {
        raw.put(part, text.getBytes(StandardCharsets.UTF_8));
    }

    RawFacts read() {
        CsvFactsReader csv = new CsvFactsReader(MESSAGES);
        List<CsvUpload> uploads = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        kpi.forEach((part, text) -> {
            uploads.add(new CsvUpload(part, part + ".csv", text.getBytes(StandardCharsets.UTF_8)));
            names.put(part, part + ".csv");
        });
        CsvFacts facts = csv.read(uploads);
        List<RawUpload> rawUploads = new ArrayList<>();
        raw.forEach((part, bytes) -> rawUploads.add(new RawUpload(part, part + ".csv", new ByteArrayResource(bytes))));
        return new RawDataReader(MESSAGES).read(facts.input(), names, facts.locator()::locate, rawUploads);
    }

    static FactsInput.SalesResult result(FactsInput input, String salesperson, String period) {
        return input.results().stream().filter(r -> r.salespersonId().equals(salesperson) && r.period().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no result of " + salesperson + " in " + period
                        + ": " + input.results()));
    }

    static FactsInput.DeliveryPerformance delivery(FactsInput input, DeliveryScope scope, String id, String period) {
        return input.delivery().stream().filter(d -> d.scope() == scope && d.scopeId().equals(id)
                && d.period().equals(period)).findFirst().orElseThrow();
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
