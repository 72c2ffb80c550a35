package com.salesdiag.service.rawdata;

import org.springframework.core.io.InputStreamSource;

import java.io.IOException;
import java.io.InputStream;

/**
 * One raw file as the client sent it (order lines, opportunities, or the mapping of their columns): the form part,
 * the file name, and its content, opened as often as needed (a file not UTF-8 is read again as Windows-1252) and
 * never held in memory whole.
 */
public record RawUpload(String part, String filename, InputStreamSource content) {

    public String displayName() {
        return filename == null || filename.isBlank() ? part + ".csv" : filename;
    }

    InputStream open() throws IOException {
        return content.getInputStream();
    }
}
