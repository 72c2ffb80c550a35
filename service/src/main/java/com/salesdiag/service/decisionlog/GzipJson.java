package com.salesdiag.service.decisionlog;

import org.springframework.jdbc.core.SqlTypeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The facts and the answer as the decision log keeps them (V7): UTF-8 JSON, gzip-compressed, ~10x smaller than the
 * text (the sample company's ~100 KB are ~10 KB). Standard gzip, so that anyone reading the database can get the
 * JSON back without the service ({@code gunzip} or any language's library). A large document is compressed in
 * pieces on every core, each piece a gzip member of its own: gzip's format allows members one after the other, and
 * every reader of gzip reads them as one document.
 */
public final class GzipJson implements SqlTypeValue {

    /** Documents from this size are compressed in pieces at once; below it one piece costs under ~20 ms. */
    static final int PIECES_FROM = 4 << 20;

    private final byte[] gzip;

    private GzipJson(byte[] gzip) {
        this.gzip = gzip;
    }

    public static GzipJson of(byte[] utf8) {
        if (utf8.length < PIECES_FROM) {
            return new GzipJson(member(utf8, 0, utf8.length));
        }
        int pieces = Math.max(2, Runtime.getRuntime().availableProcessors());
        int size = (utf8.length + pieces - 1) / pieces;
        List<byte[]> members = IntStream.range(0, pieces).parallel()
                .mapToObj(i -> member(utf8, i * size, Math.min(size, utf8.length - i * size)))
                .toList();
        ByteArrayOutputStream all = new ByteArrayOutputStream(members.stream().mapToInt(m -> m.length).sum());
        members.forEach(all::writeBytes);
        return new GzipJson(all.toByteArray());
    }

    private static byte[] member(byte[] utf8, int from, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 8));
        try (GZIPOutputStream zip = new FastGzip(out)) {
            zip.write(utf8, from, length);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // in memory
        }
        return out.toByteArray();
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
