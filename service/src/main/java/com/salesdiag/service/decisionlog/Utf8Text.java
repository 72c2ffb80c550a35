package com.salesdiag.service.decisionlog;

import org.springframework.jdbc.core.SqlTypeValue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A large text column's value given as UTF-8 bytes and streamed to the driver as characters, so that a 25 MB
 * answer is not copied into a String first (nor hashed whole by H2's value cache, as a String parameter is).
 */
final class Utf8Text implements SqlTypeValue {

    private final byte[] utf8;

    private Utf8Text(byte[] utf8) {
        this.utf8 = utf8;
    }

    static Utf8Text of(byte[] utf8) {
        return new Utf8Text(utf8);
    }

    @Override
    public void setTypeValue(PreparedStatement statement, int index, int sqlType, String typeName)
            throws SQLException {
        statement.setCharacterStream(index, new InputStreamReader(new ByteArrayInputStream(utf8),
                StandardCharsets.UTF_8));
    }
}
