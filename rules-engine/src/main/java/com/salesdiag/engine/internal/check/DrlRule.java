package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.RuleFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of a DRL file as an analyst wrote it: where it starts, its metadata ({@code @code("X")} as code → X),
 * and its consequence. Read from the text, because the compiled rule keeps neither its line nor its consequence.
 */
record DrlRule(String file, int line, String name, Map<String, String> metadata, String consequence) {

    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)^\\s*end\\b");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^)]*)\\s*\\)");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");

    static List<DrlRule> in(List<RuleFile> files) {
        List<DrlRule> rules = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.path().endsWith(".drl")) {
                rules.addAll(in(file.path(), file.text()));
            }
        }
        return rules;
    }

    static List<DrlRule> in(String file, String text) {
        List<DrlRule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            Matcher when = WHEN.matcher(body);
            String header = withoutComments(when.find() ? body.substring(0, when.start()) : body);
            Matcher then = THEN.matcher(body);
            String consequence = then.find() ? body.substring(then.end()) : "";
            Map<String, String> metadata = new LinkedHashMap<>();
            Matcher meta = METADATA.matcher(header);
            while (meta.find()) {
                String value = meta.group(2).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                metadata.put(meta.group(1), value);
            }
            int line = (int) text.substring(0, m.start(1)).lines().count();
            rules.add(new DrlRule(file, Math.max(1, line), m.group(1), metadata, consequence));
        }
        return rules;
    }

    /** A rule header without its commented-out lines: {@code // @it("...")} is not metadata. */
    private static String withoutComments(String header) {
        return String.join("\n", header.replaceAll("(?s)/\\*.*?\\*/", "").lines()
                .filter(line -> !line.strip().startsWith("//")).toList());
    }

    /** Whether the consequence calls {@code Derive.<method>(...)}. */
    boolean derives(String method) {
        return consequence.contains("Derive." + method + "(");
    }

    /** The names the consequence could give evidence: every identifier-like string literal in it. */
    Set<String> evidenceNames() {
        Set<String> names = new TreeSet<>();
        Matcher m = LITERAL.matcher(consequence);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
