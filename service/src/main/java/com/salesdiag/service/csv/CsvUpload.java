package com.salesdiag.service.csv;

/** One uploaded CSV file: the form part it came in (the kind of fact) and the file name the client gave. */
public record CsvUpload(String part, String filename, byte[] content) {

    /** What errors call the file: the client's name for it, or the part's name. */
    public String displayName() {
        return filename == null || filename.isBlank() ? part + ".csv" : filename;
    }
}
