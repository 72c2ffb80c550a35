package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.csv.CsvUpload;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files a manager dropped, each recognised by its name: {@code goals.csv} is the goals (as the API's form part
 * {@code goals}), {@code company.json} the whole facts as JSON. A CSV of a name the service does not read is kept
 * under that name, so that the CSV reader refuses it with its own message, at that file.
 */
record UploadedFiles(List<CsvUpload> csv, byte[] json, List<Recognised> recognised) {

    /** One file and the kind of fact it was taken for; {@code kind} null when its name says none. */
    record Recognised(String file, String kind) {
    }

    static UploadedFiles of(List<MultipartFile> files) {
        List<CsvUpload> csv = new ArrayList<>();
        List<Recognised> recognised = new ArrayList<>();
        byte[] json = null;
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
            if (name.isEmpty() && file.isEmpty()) {
                continue; // the file control sent empty
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                json = bytes(file);
                recognised.add(new Recognised(name, "json"));
            } else {
                String base = lower.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
                String kind = kindNamed(base);
                csv.add(new CsvUpload(kind == null ? base : kind, name, bytes(file)));
                recognised.add(new Recognised(name, kind));
            }
        }
        return new UploadedFiles(csv, json, recognised);
    }

    /**
     * The kind a file's name (without .csv) stands for, whatever its case and separators: {@code customerService},
     * {@code CustomerService}, {@code customer_service} and {@code customer-service} are all the customer service file.
     */
    static String kindNamed(String base) {
        String wanted = plain(base);
        return CsvFactsReader.kinds().stream().filter(kind -> plain(kind).equals(wanted)).findFirst().orElse(null);
    }

    private static String plain(String name) {
        return name.replaceAll("[-_ .]", "").toLowerCase(Locale.ROOT);
    }

    boolean empty() {
        return csv.isEmpty() && json == null;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
