package com.salesdiag.service.rawdata;

import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.service.csv.CsvCells;
import com.salesdiag.service.system.Excerpt;
import org.apache.commons.csv.CSVRecord;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds up order lines, one at a time, into revenue per salesperson and period and deliveries per department and
 * product and period: memory grows with those groups (and 16 bytes an order, {@link SeenIds}), never with the
 * lines. The lines of one order come together, as exports sorted by order number have them: an order is closed
 * when the next one starts, and an order met again further down is refused rather than counted twice.
 */
final class OrderLinesReading implements RawCsv.Reading {

    private final String file;
    private final ColumnMapping mapping;
    private final Periods periods;
    private final String periodUnderDiagnosis;
    private final Subjects subjects;
    private final Problems problems;

    final Map<Keys.Sales, SalesFigures> sales = new HashMap<>();
    final Map<Keys.Delivery, DeliveryFigures> delivery = new HashMap<>();
    RawColumns columns;
    boolean deliveryDates;
    boolean discounts;
    /** The discount column's header says "%" ("Sconto %", "Discount (%)"): its numbers are percentages. */
    private boolean discountInPercent;
    long rows;
    long linesAfterPeriod;
    String firstPeriod;
    String lastPeriod;

    private final SeenIds seenOrders = new SeenIds();
    private final Set<String> withoutDepartment = new HashSet<>();
    private Run run;

    OrderLinesReading(String file, ColumnMapping mapping, Periods periods, String periodUnderDiagnosis,
                      Subjects subjects, Problems problems) {
        this.file = file;
        this.mapping = mapping;
        this.periods = periods;
        this.periodUnderDiagnosis = periodUnderDiagnosis;
        this.subjects = subjects;
        this.problems = problems;
    }

    /** The order being read: its lines so far, for its delivery as a whole. */
    private static final class Run {
        final String orderId;
        final int row;
        final String salespersonId;
        final String departmentId;
        final LocalDate orderDate;
        final String period;
        final Shipment order = new Shipment();

        Run(String orderId, int row, String salespersonId, String departmentId, LocalDate orderDate, String period) {
            this.orderId = orderId;
            this.row = row;
            this.salespersonId = salespersonId;
            this.departmentId = departmentId;
            this.orderDate = orderDate;
            this.period = period;
        }
    }

    /** The lines of one order (or of one product in it): shipped when all are, late when the last is. */
    private static final class Shipment {
        boolean unshipped;
        boolean withoutRequiredDate;
        LocalDate lastShipped;
        LocalDate firstRequired;
        int lines;

        void add(LocalDate required, LocalDate shipped) {
            lines++;
            if (shipped == null) {
                unshipped = true;
            } else if (lastShipped == null || shipped.isAfter(lastShipped)) {
                lastShipped = shipped;
            }
            if (required == null) {
                withoutRequiredDate = true;
            } else if (firstRequired == null || required.isBefore(firstRequired)) {
                firstRequired = required;
            }
        }
    }

    @Override
    public boolean header(List<String> header, char delimiter) {
        columns = RawColumns.resolve(file, RawKind.ORDER_LINES, header, delimiter, mapping, problems);
        if (columns == null) {
            return false;
        }
        boolean required = columns.has("requiredDate");
        boolean shipped = columns.has("shippedDate");
        if (required != shipped) {
            problems.add(file, 1, required ? "shippedDate" : "requiredDate", "salesdiag.raw.deliveryDatesTogether");
            return false;
        }
        deliveryDates = required;
        discounts = columns.has("discount");
        discountInPercent = discounts && columns.header("discount").contains("%");
        if (!columns.has("departmentId") && !subjects.knownSalespeople()) {
            problems.add(file, 1, "departmentId", "salesdiag.raw.noDepartments");
            return false;
        }
        return true;
    }

    @Override
    public void row(int number, CSVRecord record) {
        rows++;
        if (columns.reportValueOutsideColumns(number, record, problems)) {
            if (run != null && !run.orderId.equals(columns.text(record, "orderId"))) {
                close();
            }
            return;
        }
        Line line = read(number, record);
        String orderId = columns.text(record, "orderId");
        if (run != null && !run.orderId.equals(orderId)) {
            close();
        }
        if (line == null) {
            return;
        }
        String period = periods.of(line.orderDate);
        if (Periods.after(period, periodUnderDiagnosis)) {
            linesAfterPeriod++;
            return;
        }
        if (!subjects.salesperson(line.salespersonId, columns.text(record, "salespersonName"), line.departmentId,
                file, number, columns.header("salespersonId"), columns.header("departmentId"))) {
            return;
        }
        String departmentId = line.departmentId != null ? line.departmentId : subjects.departmentOf(line.salespersonId);
        if (departmentId == null) {
            if (withoutDepartment.add(line.salespersonId)) {
                problems.addEach(file, number, columns.header("departmentId"), "salesdiag.raw.noDepartmentFor",
                        Excerpt.of(line.salespersonId));
            }
            return;
        }
        boolean known = subjects.department(departmentId, file, number, columns.header("departmentId"));
        known &= subjects.product(line.productId, columns.text(record, "productName"), file, number,
                columns.header("productId"));
        if (!known) {
            return;
        }
        if (run == null) {
            if (!seenOrders.add(line.orderId)) {
                problems.add(file, number, columns.header("orderId"), "salesdiag.raw.orderAgain", Excerpt.of(line.orderId));
                return;
            }
            run = new Run(line.orderId, number, line.salespersonId, departmentId, line.orderDate, period);
        } else if (!sameOrder(line, departmentId, number)) {
            return;
        }
        firstPeriod = firstPeriod == null || period.compareTo(firstPeriod) < 0 ? period : firstPeriod;
        lastPeriod = lastPeriod == null || period.compareTo(lastPeriod) > 0 ? period : lastPeriod;
        SalesFigures figures = sales.computeIfAbsent(new Keys.Sales(line.salespersonId, period), k -> new SalesFigures());
        double value = line.quantity * line.unitPrice;
        figures.valueBeforeDiscount += value;
        figures.discountGiven += value * line.discount;
        figures.revenue += value * (1 - line.discount);
        figures.lines++;
        subjects.people.get(line.salespersonId).productIds.add(line.productId);
        if (deliveryDates) {
            run.order.add(line.requiredDate, line.shippedDate);
        }
    }

    private boolean sameOrder(Line line, String departmentId, int number) {
        String field = !run.salespersonId.equals(line.salespersonId) ? "salespersonId"
                : !run.departmentId.equals(departmentId) ? "departmentId"
                : !run.orderDate.equals(line.orderDate) ? "orderDate" : null;
        if (field == null) {
            return true;
        }
        String here = field.equals("salespersonId") ? line.salespersonId
                : field.equals("departmentId") ? departmentId : line.orderDate.toString();
        String first = field.equals("salespersonId") ? run.salespersonId
                : field.equals("departmentId") ? run.departmentId : run.orderDate.toString();
        problems.add(file, number, columns.header(field), "salesdiag.raw.orderDisagrees", Excerpt.of(line.orderId),
                Excerpt.of(here), Excerpt.of(first), run.row);
        return false;
    }

    /**
     * Ends the order being read: one more order for its salesperson and its department. Deliveries are judged per
     * department only: a product's on-time rate over all departments would charge one department's late orders to
     * another whose own orders of it were all on time (the ladder reads a product's delay as standing for everyone
     * selling it).
     */
    void close() {
        if (run == null) {
            return;
        }
        SalesFigures figures = sales.get(new Keys.Sales(run.salespersonId, run.period));
        if (figures != null) {
            figures.orders++;
        }
        if (deliveryDates && run.order.lines > 0) {
            count(new Keys.Delivery(DeliveryScope.DEPARTMENT, run.departmentId, run.period), run.order);
        }
        run = null;
    }

    private void count(Keys.Delivery key, Shipment shipment) {
        DeliveryFigures figures = delivery.computeIfAbsent(key, k -> new DeliveryFigures());
        figures.lines += shipment.lines;
        if (shipment.unshipped) {
            figures.open++;
        } else if (shipment.withoutRequiredDate) {
            figures.withoutRequiredDate++;
        } else {
            figures.shipped++;
            if (shipment.lastShipped.isAfter(shipment.firstRequired)) {
                figures.late++;
                figures.daysLate += ChronoUnit.DAYS.between(shipment.firstRequired, shipment.lastShipped);
            }
        }
    }

    private record Line(String orderId, LocalDate orderDate, String salespersonId, String departmentId,
                        String productId, double quantity, double unitPrice, double discount, LocalDate requiredDate,
                        LocalDate shippedDate) {
    }

    /** One line's cells, or null when one cannot be read (each such cell reported). */
    private Line read(int number, CSVRecord record) {
        Cells cells = new Cells(number, record);
        String orderId = cells.required("orderId");
        LocalDate orderDate = cells.date("orderDate", true);
        String salespersonId = cells.required("salespersonId");
        String productId = cells.required("productId");
        Double quantity = cells.amount("quantity");
        Double unitPrice = cells.amount("unitPrice");
        Double discount = discounts ? cells.discount() : Double.valueOf(0);
        LocalDate requiredDate = deliveryDates ? cells.date("requiredDate", false) : null;
        LocalDate shippedDate = deliveryDates ? cells.date("shippedDate", false) : null;
        if (!cells.ok) {
            return null;
        }
        return new Line(orderId, orderDate, salespersonId, columns.text(record, "departmentId"), productId, quantity,
                unitPrice, discount, requiredDate, shippedDate);
    }

    /** Reads the cells of one row, reporting each that cannot be read. */
    private final class Cells {
        final int number;
        final CSVRecord record;
        boolean ok = true;

        Cells(int number, CSVRecord record) {
            this.number = number;
            this.record = record;
        }

        String required(String field) {
            String value = columns.text(record, field);
            if (value == null) {
                fail(field, "salesdiag.raw.emptyCell", field);
            }
            return value;
        }

        LocalDate date(String field, boolean required) {
            try {
                LocalDate value = columns.date(record, field);
                if (value == null && required) {
                    fail(field, "salesdiag.raw.emptyCell", field);
                }
                return value;
            } catch (CsvCells.BadCell bad) {
                fail(field, bad.code(), bad.args());
                return null;
            }
        }

        Double amount(String field) {
            try {
                Double value = columns.number(record, field);
                if (value == null) {
                    fail(field, "salesdiag.raw.emptyCell", field);
                } else if (value < 0) {
                    fail(field, "salesdiag.raw.negative", Excerpt.of(columns.text(record, field)));
                    return null;
                }
                return value;
            } catch (CsvCells.BadCell bad) {
                fail(field, bad.code(), bad.args());
                return null;
            }
        }

        /**
         * A discount is a share (0.05), a percentage written as such (5%), or any number under a column whose header
         * says % (5 under "Sconto %"); an empty cell is no discount.
         */
        Double discount() {
            String text = columns.text(record, "discount");
            if (text == null) {
                return 0.0;
            }
            try {
                double value;
                if (text.endsWith("%")) {
                    value = columns.number(text.substring(0, text.length() - 1).strip(), "discount") / 100;
                } else {
                    value = columns.number(text, "discount") / (discountInPercent ? 100 : 1);
                }
                if (value < 0 || value > 1) {
                    fail("discount", "salesdiag.raw.discountRange", Excerpt.of(text));
                    return null;
                }
                return value;
            } catch (CsvCells.BadCell bad) {
                fail("discount", bad.code(), bad.args());
                return null;
            }
        }

        void fail(String field, String code, Object... args) {
            ok = false;
            problems.add(file, number, columns.header(field), code, args);
        }
    }

    @Override
    public boolean stop() {
        return problems.full();
    }
}
