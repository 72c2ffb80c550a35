package com.salesdiag.service.rawdata;

import com.salesdiag.service.csv.CsvText;
import com.salesdiag.service.csv.ShortRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one raw CSV file once, as a stream, row by row: the same encodings (UTF-8 with or without BOM, UTF-16 with
 * a BOM, else Windows-1252) and separators (comma, semicolon or tab, from the header row) as the KPI files. A file
 * that turns out not to be UTF-8 halfway is read again from the start as Windows-1252, by a fresh reading: nothing
 * of the first attempt is kept.
 */
final class RawCsv {

    /** What is done with the rows of one reading of a file. */
    interface Reading {
        /** The header row; false to read no further (its problems are reported). */
        boolean header(List<String> columns, char delimiter);

        /** One row that is not blank, numbered as a spreadsheet numbers it (the header is row 1). */
        void row(int number, CSVRecord record);

        /** True once reading further would only add problems nobody reads. */
        boolean stop();
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 64 * 1024;

    private RawCsv() {
    }

    /** Reads the file with a fresh reading from {@code readings}; returns the reading that read it all. */
    static <R extends Reading> R read(RawUpload upload, Supplier<R> readings, Problems problems) {
        R reading = readings.get();
        int mark = problems.mark();
        try {
            if (!readAs(upload, null, reading, problems)) {
                problems.forgetAfter(mark);
                reading = readings.get();
                readAs(upload, WINDOWS_1252, reading, problems);
            }
        } catch (IOException e) {
            problems.add(upload.displayName(), null, null, "salesdiag.csv.malformed", String.valueOf(e.getMessage()));
        }
        return reading;
    }

    /** False when the file is not UTF-8 after all (and {@code forced} was not given). */
    private static boolean readAs(RawUpload upload, Charset forced, Reading reading, Problems problems)
            throws IOException {
        try (InputStream raw = new BufferedInputStream(upload.open(), 1 << 16)) {
            Charset charset = forced != null ? forced : bom(raw);
            BufferedReader text = new BufferedReader(new InputStreamReader(raw, charset == StandardCharsets.UTF_8
                    ? StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    : charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16);
            text.mark(SNIFF + 1);
            char[] start = new char[SNIFF];
            int n = text.read(start);
            text.reset();
            String head = n <= 0 ? "" : new String(start, 0, n);
            if (head.startsWith("\uFEFF")) {
                text.skip(1);
                head = head.substring(1);
            }
            char delimiter = CsvText.delimiter(head);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true).get();
            LastCharacter ending = new LastCharacter(text);
            try (CSVParser parser = CSVParser.parse(ending, format);
                 Prefetch<CSVRecord> records = new Prefetch<>(parser.iterator())) {
                boolean first = true;
                List<String> header = List.of();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    int number = (int) record.getRecordNumber();
                    if (first) {
                        first = false;
                        List<String> columns = new ArrayList<>();
                        record.forEach(c -> columns.add(c.strip()));
                        header = columns;
                        if (!reading.header(columns, delimiter)) {
                            return true;
                        }
                    } else if (!blank(record)) {
                        List<String> missing = ShortRow.missingColumns(header, record.size());
                        if (missing.isEmpty()) {
                            reading.row(number, record);
                        } else {
                            boolean last = !records.hasNext();
                            problems.add(upload.displayName(), number, missing.get(0),
                                    ShortRow.messageCode(last, ending.isLineBreak()), record.size(),
                                    header.stream().filter(c -> !c.isEmpty()).count(), String.join(", ", missing));
                        }
                    }
                    if (reading.stop()) {
                        problems.add(upload.displayName(), number, null, "salesdiag.raw.tooManyProblems", Problems.LIMIT);
                        return true;
                    }
                }
                if (first) {
                    problems.add(upload.displayName(), 1, null, "salesdiag.csv.noHeader");
                }
            }
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CharacterCodingException && forced == null) {
                return false;
            }
            problems.add(upload.displayName(), null, null, "salesdiag.csv.malformed", rootMessage(e));
            return true;
        } catch (CharacterCodingException e) {
            if (forced == null) {
                return false;
            }
            throw e;
        }
    }

    /** The text as read, remembering its last character: whether a line break ends the file. */
    private static final class LastCharacter extends FilterReader {

        private volatile int last = -1;

        LastCharacter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }

        boolean isLineBreak() {
            return last == '\n' || last == '\r';
        }
    }

    /** UTF-16 when the file starts with its byte order mark, else UTF-8 (its BOM, if any, is skipped later). */
    private static Charset bom(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        if (a == 0xFF && b == 0xFE || a == 0xFE && b == 0xFF) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("^[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z]*: ", "");
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
