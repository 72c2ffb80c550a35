package com.salesdiag.service.decisionlog;

import org.springframework.jdbc.core.SqlTypeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.Deflater;
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
        try (GZIPOutputStream zip = new FastGzip(out)) {
            zip.write(utf8);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // in memory
        }
        return new GzipJson(out.toByteArray());
    }

    /**
     * Gzip at its fastest level: a 10,000-salesperson diagnosis writes ~45 MB of JSON, most of the record's time
     * at the default level. Measured on its 18.9 MB of facts (busy 2-core machine): 2.7-4.3 s and 1.37 MB at the
     * default level, 1.0-1.3 s and 2.0 MB at the fastest (still 9x smaller than the JSON, still standard gzip).
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
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
