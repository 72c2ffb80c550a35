package com.salesdiag.service.decisionlog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

class GzipJsonTests {

    @Test
    void aLargeDocumentIsCompressedInPiecesThatAnyGzipReaderReadsAsOne() throws Exception {
        byte[] json = document(GzipJson.PIECES_FROM + 12_345);
        byte[] stored = stored(GzipJson.of(json));

        assertThat(members(stored)).as("one gzip member per piece").isGreaterThanOrEqualTo(2);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(stored)).readAllBytes()).isEqualTo(json);
        assertThat(GzipJson.utf8(stored)).isEqualTo(json);
        assertThat(stored.length).isLessThan(json.length / 5);
    }

    @Test
    void aSmallDocumentIsOneMember() throws Exception {
        byte[] json = document(10_000);
        byte[] stored = stored(GzipJson.of(json));

        assertThat(members(stored)).isEqualTo(1);
        assertThat(GzipJson.utf8(stored)).isEqualTo(json);
    }

    private static byte[] document(int size) {
        StringBuilder text = new StringBuilder(size + 100).append('[');
        for (int i = 0; text.length() < size - 40; i++) {
            text.append("{\"id\":\"SP-").append(i).append("\",\"revenue\":").append(i * 37 % 9973).append("},");
        }
        text.setLength(text.length() - 1);
        byte[] bytes = text.append(']').toString().getBytes(StandardCharsets.UTF_8);
        return bytes;
    }

    private static byte[] stored(GzipJson gzip) throws ReflectiveOperationException {
        Field bytes = GzipJson.class.getDeclaredField("gzip");
        bytes.setAccessible(true);
        return (byte[]) bytes.get(gzip);
    }

    /** Gzip members one after the other: a 10-byte header (Java writes no optional fields), deflate, an 8-byte trailer. */
    private static int members(byte[] gzip) throws DataFormatException {
        int members = 0;
        int at = 0;
        byte[] sink = new byte[1 << 16];
        while (at < gzip.length) {
            assertThat(gzip[at] & 0xff).isEqualTo(0x1f);
            assertThat(gzip[at + 1] & 0xff).isEqualTo(0x8b);
            Inflater member = new Inflater(true);
            member.setInput(gzip, at + 10, gzip.length - at - 10);
            while (!member.finished()) {
                member.inflate(sink);
            }
            at = gzip.length - member.getRemaining() + 8;
            member.end();
            members++;
        }
        return members;
    }
}
