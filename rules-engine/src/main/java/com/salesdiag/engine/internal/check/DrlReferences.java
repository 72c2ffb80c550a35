package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.RuleFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thresholds and bands the DRL files read ({@code Threshold(key == "...")}, {@code Band(scale == "...")}),
 * with file and line, so that a key missing from the table is reported where it is used.
 */
final class DrlReferences {

    enum Kind { THRESHOLD, BAND }

    /** @param code for a band: the code the pattern asks for, or null when it matches any band of the scale */
    record Reference(Kind kind, String name, String code, String file, int line) {
    }

    private static final Pattern THRESHOLD = Pattern.compile("\\bThreshold\\s*\\(\\s*key\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern BAND = Pattern.compile("\\bBand\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern SCALE = Pattern.compile("\\bscale\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("\\bcode\\s*==\\s*\"([^\"]*)\"");

    private DrlReferences() {
    }

    static List<Reference> in(List<RuleFile> files) {
        List<Reference> references = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.path().endsWith(".drl")) {
                scan(file.path(), withoutComments(file.text()), references);
            }
        }
        return references;
    }

    private static void scan(String path, String drl, List<Reference> references) {
        Matcher threshold = THRESHOLD.matcher(drl);
        while (threshold.find()) {
            references.add(new Reference(Kind.THRESHOLD, threshold.group(1), null, path, lineAt(drl, threshold.start())));
        }
        Matcher band = BAND.matcher(drl);
        while (band.find()) {
            Matcher scale = SCALE.matcher(band.group(1));
            if (scale.find()) {
                Matcher code = CODE.matcher(band.group(1));
                references.add(new Reference(Kind.BAND, scale.group(1), code.find() ? code.group(1) : null, path,
                        lineAt(drl, band.start())));
            }
        }
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Blanks out comments, keeping every line break so that lines still count right. */
    static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            char next = i + 1 < drl.length() ? drl.charAt(i + 1) : '\0';
            if (c == '"') {
                int end = i + 1;
                while (end < drl.length() && drl.charAt(end) != '"' && drl.charAt(end) != '\n') {
                    end += drl.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, drl.length());
                out.append(drl, i, end);
                i = end;
            } else if (c == '/' && next == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) {
                    out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
