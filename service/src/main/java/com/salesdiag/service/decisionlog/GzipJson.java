package com.salesdiag.service.decisionlog;

import org.springframework.jdbc.core.SqlTypeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The facts and the answer as the decision log keeps them (V7): UTF-8 JSON, gzip-compressed, ~10x smaller than the
 * text (the sample company's ~100 KB are ~10 KB). Standard gzip, so that anyone reading the database can get the
 * JSON back without the service ({@code gunzip}, PostgreSQL's own functions or any language's library).
 */
final class GzipJson implements SqlTypeValue {

    private final byte[] gzip;

    private GzipJson(byte[] gzip) {
        this.gzip = gzip;
    }

    static GzipJson of(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 8));
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(utf8);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // in memory
        }
        return new GzipJson(out.toByteArray());
    }

    /** The UTF-8 JSON back from what {@link #of} stored. */
    static byte[] utf8(byte[] gzip) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(gzip), 64 * 1024)) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a recorded document is not readable gzip", e);
        }
    }

    int size() {
        return gzip.length;
    }

    @Override
    public void setTypeValue(PreparedStatement statement, int index, int sqlType, String typeName)
            throws SQLException {
        statement.setBinaryStream(index, new ByteArrayInputStream(gzip), gzip.length);
    }
}
