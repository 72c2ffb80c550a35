package com.salesdiag.service.csv;

import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.system.Excerpt;
import com.salesdiag.service.system.InputError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV files of one company into {@link FactsInput}. Every cell that cannot be read is reported with its
 * file, row and column, all at once; what the cells mean (ranges, references) is checked afterwards like JSON.
 */
@Component
public class CsvFactsReader {

    /** Commons CSV's words for a quoted cell never closed, with the line where it opens. */
    private static final Pattern UNCLOSED_QUOTE = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token");

    private final MessageSource messages;

    public CsvFactsReader(MessageSource messages) {
        this.messages = messages;
    }

    /** The kinds of CSV file read, each the name of its file without {@code .csv}: company, salespeople, goals ... */
    public static List<String> kinds() {
        return CsvKinds.names();
    }

    public CsvFacts read(List<CsvUpload> uploads) {
        List<InputError> errors = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        Map<String, List<Integer>> rows = new HashMap<>();
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        CsvTable company = null;
        if (uploads.isEmpty()) {
            errors.add(InputError.inFile(null, null, null, message("salesdiag.csv.noFiles", String.join(", ", CsvKinds.allParts()))));
        }
        for (CsvUpload upload : uploads) {
            String part = upload.part();
            if (!CsvKinds.names().contains(part)) {
                errors.add(InputError.inFile(upload.displayName(), null, null,
                        message("salesdiag.csv.unknownPart", Excerpt.of(part), String.join(", ", CsvKinds.allParts()))));
                continue;
            }
            if (files.putIfAbsent(part, upload.displayName()) != null) {
                // Two files in one part: neither may silently replace, nor be added to, the other.
                errors.add(InputError.inFile(upload.displayName(), null, null,
                        message("salesdiag.raw.onePerPart", part)));
                continue;
            }
            CsvTable table = parse(upload, errors);
            if (table == null) {
                continue;
            }
            if (part.equals(CsvKinds.COMPANY)) {
                company = table;
                checkColumns(table, CsvKinds.COMPANY_COLUMNS, List.of("id", "period"), errors);
            } else {
                readRows(table, CsvKinds.LISTS.get(part), lists, rows, errors);
            }
        }
        FactsInput.Company companyFact = null;
        String period = null;
        Map<String, Object> coverage = new HashMap<>();
        if (company != null && errors.isEmpty()) {
            if (company.rows().size() > 1) {
                errors.add(InputError.inFile(company.file(), company.rows().get(1).number(), null,
                        message("salesdiag.csv.oneCompany")));
            } else if (!company.rows().isEmpty()) {
                CsvTable.Row row = company.rows().get(0);
                period = company.cell(row, "period");
                readCoverage(company, row, coverage, errors);
                Object month = readCell(company, row, FactsInput.Company.class, "fiscalYearStartMonth", errors);
                companyFact = new FactsInput.Company(company.cell(row, "id"), company.cell(row, "name"), (Integer) month);
            }
        }
        if (!errors.isEmpty()) {
            throw new UnreadableInputException(errors);
        }
        return new CsvFacts(assemble(companyFact, period, coverage, lists), new CsvLocator(files, rows));
    }

    /** The company row's cells that say how much of the period the facts cover, read as their fields are. */
    private void readCoverage(CsvTable company, CsvTable.Row row, Map<String, Object> coverage,
                              List<InputError> errors) {
        for (String column : CsvKinds.COVERAGE_COLUMNS) {
            coverage.put(column, readCell(company, row, FactsInput.class, column, errors));
        }
    }

    /** One cell of the company row, read as the field {@code column} of {@code type} is; null if it cannot be. */
    private Object readCell(CsvTable company, CsvTable.Row row, Class<? extends Record> type, String column,
                            List<InputError> errors) {
        RecordComponent component = java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(column)).findFirst().orElseThrow();
        try {
            return new CsvCells(company.delimiter() != ',').read(company.cell(row, column), component);
        } catch (CsvCells.BadCell bad) {
            errors.add(InputError.inFile(company.file(), row.number(), company.header(column), message(bad.code, bad.args)));
            return null;
        }
    }

    private CsvTable parse(CsvUpload upload, List<InputError> errors) {
        String text = CsvText.decode(upload.content());
        char delimiter = CsvText.delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                errors.add(InputError.inFile(upload.displayName(), 1, null, message("salesdiag.csv.noHeader")));
                return null;
            }
            CsvTable table = CsvTable.of(upload.displayName(), delimiter, records, ShortRow.endsWithLineBreak(text));
            return wellFormed(table, errors) ? table : null;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(InputError.inFile(upload.displayName(), null, null, unparseable(e)));
            return null;
        }
    }

    /** Every value under one column name, and one column per name: no cell is silently dropped. */
    private boolean wellFormed(CsvTable table, List<InputError> errors) {
        int before = errors.size();
        for (String duplicate : table.duplicateColumns()) {
            errors.add(InputError.inFile(table.file(), 1, duplicate, message("salesdiag.csv.duplicateColumn", Excerpt.of(duplicate))));
        }
        for (CsvTable.Row row : table.rows()) {
            List<String> missing = table.missingColumns(row);
            if (!missing.isEmpty()) {
                errors.add(InputError.inFile(table.file(), row.number(), missing.get(0),
                        message(ShortRow.messageCode(table.isLast(row), table.endsWithLineBreak()),
                                row.record().size(), table.columns().size(),
                                String.join(", ", missing))));
                continue;
            }
            int column = table.valueOutsideColumns(row);
            if (column > 0) {
                errors.add(InputError.inFile(table.file(), row.number(), null,
                        message("salesdiag.csv.valueOutsideColumns", column, Excerpt.of(row.record().get(column - 1)))));
            }
        }
        return errors.size() == before;
    }

    /** Why Commons CSV could not parse a file, without its class names. */
    private String unparseable(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        Matcher unclosed = UNCLOSED_QUOTE.matcher(text);
        if (unclosed.find()) {
            return message("salesdiag.csv.unclosedQuote", Integer.parseInt(unclosed.group(1)));
        }
        return message("salesdiag.csv.malformed", text.replaceAll("^[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z]*: ", ""));
    }

    private void readRows(CsvTable table, Class<? extends Record> type, Map<String, List<Object>> lists,
                          Map<String, List<Integer>> rows, List<InputError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : components) {
            if (CsvKinds.required(component)) {
                required.add(component.getName());
            }
        }
        if (!checkColumns(table, CsvKinds.columns(type), required, errors)) {
            return;
        }
        String list = partOf(type);
        CsvCells cells = new CsvCells(table.delimiter() != ',');
        List<Object> items = lists.computeIfAbsent(list, k -> new ArrayList<>());
        List<Integer> rowNumbers = rows.computeIfAbsent(list, k -> new ArrayList<>());
        for (CsvTable.Row row : table.rows()) {
            Object[] values = new Object[components.length];
            boolean readable = true;
            for (int i = 0; i < components.length; i++) {
                String column = components[i].getName();
                try {
                    values[i] = cells.read(table.cell(row, column), components[i]);
                } catch (CsvCells.BadCell bad) {
                    readable = false;
                    errors.add(InputError.inFile(table.file(), row.number(), table.header(column),
                            message(bad.code, bad.args)));
                }
            }
            if (readable) {
                items.add(construct(type, components, values));
                rowNumbers.add(row.number());
            }
        }
    }

    private boolean checkColumns(CsvTable table, List<String> known, List<String> required, List<InputError> errors) {
        int before = errors.size();
        for (String column : table.columns()) {
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(column))) {
                errors.add(InputError.inFile(table.file(), 1, column,
                        message("salesdiag.csv.unknownColumn", Excerpt.of(column), String.join(", ", known))));
            }
        }
        for (String column : required) {
            if (table.header(column) == null) {
                errors.add(InputError.inFile(table.file(), 1, column, message("salesdiag.csv.missingColumn", Excerpt.of(column))));
            }
        }
        return errors.size() == before;
    }

    private static String partOf(Class<? extends Record> type) {
        return CsvKinds.LISTS.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static Object construct(Class<? extends Record> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from CSV", e);
        }
    }

    private static FactsInput assemble(FactsInput.Company company, String period, Map<String, Object> coverage,
                                       Map<String, List<Object>> lists) {
        RecordComponent[] components = FactsInput.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String name = components[i].getName();
            values[i] = switch (name) {
                case "company" -> company;
                case "period" -> period;
                case "dataThrough", "prorateGoals" -> coverage.get(name);
                // A file not uploaded is a kind of fact not sent (unknown); one with only its header row says none.
                default -> lists.get(name);
            };
        }
        try {
            return FactsInput.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build the facts from CSV", e);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
