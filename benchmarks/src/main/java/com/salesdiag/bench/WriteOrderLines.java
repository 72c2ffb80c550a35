package com.salesdiag.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a company's raw export for the raw-data benchmark ({@code load/raw.sh}): {@code orderLines.csv} of about
 * LINES order lines over eight quarters (2024-Q4 to 2026-Q3, orders of 1 to 5 lines, some late, some open),
 * {@code opportunities.csv} (one opportunity per ten orders, won, lost with a reason, or open), {@code goals.csv}
 * (each salesperson's goal per quarter) and {@code company.csv} (2026-Q3 under diagnosis). 500 salespeople in
 * 20 departments, 200 products; the salespeople and departments are defined by the lines themselves.
 * {@code java -cp benchmarks/target/benchmarks.jar com.salesdiag.bench.WriteOrderLines LINES FOLDER [SEED]}.
 */
public final class WriteOrderLines {

    private static final int SALESPEOPLE = 500;
    private static final int DEPARTMENTS = 20;
    private static final int PRODUCTS = 200;
    private static final LocalDate FIRST = LocalDate.of(2024, 10, 1);
    private static final int DAYS = 730;
    private static final String[] REASONS = {"Price", "Too expensive", "Missing feature", "Quality", "Timing",
            "Competitor relationship", "No decision"};

    private WriteOrderLines() {
    }

    public static void main(String[] args) throws IOException {
        long lines = Long.parseLong(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 1L);
        long written = 0;
        long orders = 0;
        long opportunities = 0;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("orderLines.csv"));
             BufferedWriter opps = Files.newBufferedWriter(folder.resolve("opportunities.csv"))) {
            out.write("Order ID,Order Date,Sales Rep,Rep Name,Customer,Region,SKU,Product Name,Qty,Unit Price,Discount,"
                    + "Due Date,Ship Date,Ship City\n");
            opps.write("Opportunity ID,Owner,Close Date,Amount,Stage,Loss Reason\n");
            // Orders in date order, as an ERP exports them; each order's lines together.
            while (written < lines) {
                orders++;
                LocalDate ordered = FIRST.plusDays(written * DAYS / lines);
                int person = random.nextInt(SALESPEOPLE);
                String rep = "rep" + person;
                String region = "region" + (person % DEPARTMENTS);
                LocalDate due = ordered.plusDays(7 + random.nextInt(21));
                int n = 1 + random.nextInt(5);
                boolean open = ordered.isAfter(FIRST.plusDays(DAYS - 20)) && random.nextInt(3) == 0;
                int late = random.nextInt(100) < 6 + person % 7 ? 1 + random.nextInt(12) : -random.nextInt(6);
                for (int i = 0; i < n && written < lines; i++, written++) {
                    int product = random.nextInt(PRODUCTS);
                    double price = 5 + random.nextInt(50_000) / 100.0;
                    double discount = random.nextInt(4) == 0 ? random.nextInt(5) * 0.05 : 0;
                    out.write(String.format(Locale.ROOT, "SO-%d,%s,%s,Rep %d,C%d,%s,P%d,Product %d,%d,%.2f,%.2f,%s,%s,City %d%n",
                            orders, ordered, rep, person, random.nextInt(20_000), region, product, product,
                            1 + random.nextInt(40), price, discount, due, open ? "" : due.plusDays(late).toString(),
                            random.nextInt(300)));
                }
                if (orders % 10 == 0) {
                    opportunities++;
                    int outcome = random.nextInt(10);
                    String stage = outcome < 4 ? "Closed Won" : outcome < 9 ? "Closed Lost" : "Open";
                    opps.write(String.format(Locale.ROOT, "OP-%d,%s,%s,%d,%s,%s%n", opportunities, rep,
                            outcome < 9 ? ordered.toString() : "", 1000 + random.nextInt(50_000), stage,
                            stage.equals("Closed Lost") ? REASONS[random.nextInt(REASONS.length)] : ""));
                }
            }
        }
        try (BufferedWriter goals = Files.newBufferedWriter(folder.resolve("goals.csv"))) {
            goals.write("level,subjectId,period,target\n");
            // About what a salesperson sells in a quarter (20.5 items of ~255 a line, 2.5 % off), give or take.
            double perPersonQuarter = lines / 8.0 / SALESPEOPLE * 5_100;
            for (String quarter : new String[]{"2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"}) {
                for (int p = 0; p < SALESPEOPLE; p++) {
                    goals.write(String.format(Locale.ROOT, "SALESPERSON,rep%d,%s,%.0f%n", p, quarter,
                            perPersonQuarter * (0.8 + random.nextDouble() * 0.5)));
                }
            }
        }
        Files.writeString(folder.resolve("company.csv"), "id,name,period\nbench,Benchmark Trading,2026-Q3\n");
        System.out.printf("%s: %d order lines in %d orders, %d opportunities, %d bytes of order lines%n", folder,
                written, orders, opportunities, Files.size(folder.resolve("orderLines.csv")));
    }
}
