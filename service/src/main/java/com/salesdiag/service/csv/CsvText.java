package com.salesdiag.service.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an uploaded file into text the way a spreadsheet user expects: UTF-8 with or without BOM, else Windows-1252. */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    static String decode(byte[] content) {
        // Excel's "Unicode text" is UTF-16 with a byte order mark; read it as such, not as 1252 bytes and NULs.
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            return new String(content, StandardCharsets.UTF_16).replaceFirst("^\uFEFF", "");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            // Spreadsheets on Windows still save "CSV" in the ANSI code page: "Città" must not become "Citt?".
            text = new String(content, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of the header line: comma, semicolon or tab, whichever occurs most outside quotes. */
    public static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
