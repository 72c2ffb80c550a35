package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.csv.CsvUpload;
import com.salesdiag.service.rawdata.RawDataReader;
import com.salesdiag.service.rawdata.RawKind;
import com.salesdiag.service.rawdata.RawUpload;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a manager dropped, each recognised by its name, as the API's form parts are named: {@code goals.csv} is
 * the goals, {@code orderLines.csv} the raw order lines (added up into results and delivery, as the API does),
 * {@code opportunities.csv} and {@code mapping.csv} the other raw files, {@code company.json} the whole facts as
 * JSON. A CSV of a name the service does not read is kept under that name, so that the CSV reader refuses it with
 * its own message, at that file. Raw files are streamed from where the upload put them, never read whole here.
 *
 * @param tooLarge the files of facts over the limit of one file (they are read whole; raw files may be larger)
 */
record UploadedFiles(List<CsvUpload> csv, List<RawUpload> raw, byte[] json, List<Recognised> recognised,
                     List<String> tooLarge) {

    /** One file and the kind of fact it was taken for; {@code kind} null when its name says none. */
    record Recognised(String file, String kind) {
    }

    static UploadedFiles of(List<MultipartFile> files, long maxFileSize) {
        List<CsvUpload> csv = new ArrayList<>();
        List<RawUpload> raw = new ArrayList<>();
        List<Recognised> recognised = new ArrayList<>();
        List<String> tooLarge = new ArrayList<>();
        byte[] json = null;
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
            if (name.isEmpty() && file.isEmpty()) {
                continue; // the file control sent empty
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String base = lower.endsWith(".csv") || lower.endsWith(".json") ? name.substring(0, name.lastIndexOf('.'))
                    : name;
            String rawKind = rawKindNamed(base);
            if (rawKind != null && !lower.endsWith(".json")) {
                raw.add(new RawUpload(rawKind, name, file));
                recognised.add(new Recognised(name, rawKind));
                continue;
            }
            if (file.getSize() > maxFileSize) {
                tooLarge.add(name);
                recognised.add(new Recognised(name, lower.endsWith(".json") ? "json" : kindNamed(base)));
                continue;
            }
            if (lower.endsWith(".json")) {
                json = bytes(file);
                recognised.add(new Recognised(name, "json"));
            } else {
                String kind = kindNamed(base);
                csv.add(new CsvUpload(kind == null ? base : kind, name, bytes(file)));
                recognised.add(new Recognised(name, kind));
            }
        }
        return new UploadedFiles(csv, raw, json, recognised, tooLarge);
    }

    /**
     * The kind a file's name (without .csv) stands for, whatever its case and separators: {@code customerService},
     * {@code CustomerService}, {@code customer_service} and {@code customer-service} are all the customer service file.
     */
    static String kindNamed(String base) {
        String wanted = plain(base);
        return CsvFactsReader.kinds().stream().filter(kind -> plain(kind).equals(wanted)).findFirst().orElse(null);
    }

    /** The raw file a name stands for, as the API's parts are named: orderLines, opportunities, mapping. */
    static String rawKindNamed(String base) {
        String wanted = plain(base);
        return Stream.concat(Stream.of(RawKind.values()).map(RawKind::part), Stream.of(RawDataReader.MAPPING))
                .filter(part -> plain(part).equals(wanted)).findFirst().orElse(null);
    }

    private static String plain(String name) {
        return name.replaceAll("[-_ .]", "").toLowerCase(Locale.ROOT);
    }

    boolean empty() {
        return csv.isEmpty() && raw.isEmpty() && json == null && tooLarge.isEmpty();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
