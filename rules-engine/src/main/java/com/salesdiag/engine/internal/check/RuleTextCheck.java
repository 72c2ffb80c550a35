package com.salesdiag.engine.internal.check;

import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.engine.internal.ruleset.RuleProblem;
import com.salesdiag.engine.answer.RuleVocabulary;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the DRL compiler lets through but the product cannot serve, found in the rules' text before an edit
 * serves (live reload, start, offline check), each with its file and line:
 * <ul>
 *   <li>a number written into a rule's logic (docs/domain.md invariant 5: thresholds live in the decision table);</li>
 *   <li>a rule that concludes something without the metadata its conclusion is built from ({@code @code},
 *       {@code @kind}) or without its sentence in each language: it would fail, or explain nothing, when it
 *       fires on real facts that no scenario covers;</li>
 *   <li>a kind or owner the service does not know (recommendations are grouped by owner);</li>
 *   <li>a sentence that cannot be read as a format, or names a placeholder its rule never gives as evidence:
 *       managers would read the raw template.</li>
 * </ul>
 */
final class RuleTextCheck {

    private static final List<String> KINDS = RuleVocabulary.KINDS;
    private static final List<String> OWNERS = RuleVocabulary.OWNERS;
    static final List<String> LANGUAGES = RuleVocabulary.LANGUAGES;

    /**
     * A numeric literal of Java or MVEL in logic: 0.95, .95, 95e-2, 5L, 0x5, 0.95B. 0 and 1 are structural ("more
     * than none", "the previous period") and allowed.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w$.])(0[xX][0-9a-fA-F]+|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)[lLdDfFbBiI]?(?![\\w.])");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)([,}])");
    /** A placeholder with a format: {name,type} or {name,type,style}. */
    private static final Pattern FORMATTED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\s*,([^,}]*)(?:,([^}]*))?}");
    /** A DecimalFormat pattern of digits, separators and percent: #.##, #,##0, 0.0%. */
    private static final Pattern NUMBER_PATTERN = Pattern.compile("[#0,.%\u2030;\\- ]+");

    List<RuleProblem> check(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.path().endsWith(".drl")) {
                numbersIn(file, problems);
            }
        }
        List<DrlRule> rules = DrlRule.in(files);
        for (DrlRule rule : rules) {
            conclusionMetadata(rule, problems);
            vocabulary(rule, problems);
            sentences(rule, problems);
        }
        // Which rule finds which cause is known only once every conclusion states its code and kind rightly.
        if (problems.isEmpty()) {
            estimatedEvidence(rules, problems);
        }
        return problems;
    }

    /**
     * The evidence the answer reads from a cause's findings to estimate it ({@link RuleVocabulary#ESTIMATED_EVIDENCE})
     * must come from some rule that finds the cause: a rule that renames {@code onTimeTolerance} would otherwise load
     * and turn every estimate of late deliveries into nothing. A cause no rule finds any longer is the analyst's call.
     */
    private static void estimatedEvidence(List<DrlRule> rules, List<RuleProblem> problems) {
        RuleVocabulary.ESTIMATED_EVIDENCE.forEach((code, names) -> {
            List<DrlRule> finding = rules.stream().filter(r -> r.derives("finding") && codesOf(r).contains(code)
                    && "cause".equals(r.metadata().get("kind"))).toList();
            if (finding.isEmpty()) {
                return;
            }
            Set<String> given = new TreeSet<>();
            finding.forEach(r -> given.addAll(r.evidenceNames()));
            List<String> missing = names.stream().filter(n -> !given.contains(n)).toList();
            if (!missing.isEmpty()) {
                DrlRule first = finding.get(0);
                problems.add(RuleProblem.of(first.file(), first.line(), "text.evidenceMissing", code,
                        String.join(", ", missing), finding.stream().map(r -> "\"" + r.name() + "\"").collect(
                        java.util.stream.Collectors.joining(", "))));
            }
        });
    }

    private static List<String> codesOf(DrlRule rule) {
        return java.util.Arrays.stream(rule.metadata().getOrDefault("code", "").split(","))
                .map(String::strip).toList();
    }

    /**
     * The first placeholder whose format the product does not write sensibly ({@code {x,date}} would print a number
     * as a date, {@code {x,number,percentuale}} as that word), or null. Formats are numbers only.
     */
    static String unsupportedFormat(String sentence) {
        Matcher m = FORMATTED.matcher(sentence);
        while (m.find()) {
            String name = m.group(1);
            String type = m.group(2).strip();
            String style = m.group(3) == null ? null : m.group(3).strip();
            boolean ok = !name.equals("subject") && type.equals("number")
                    && (style == null || style.equals("percent") || style.equals("integer")
                    || NUMBER_PATTERN.matcher(style).matches());
            if (!ok) {
                return m.group();
            }
        }
        return null;
    }

    /** The numbers other than 0 and 1 in the logic of one DRL line: no comment, string, metadata or salience. */
    static List<String> numbersInLogic(String line) {
        String code = STRING.matcher(line).replaceAll("\"\"").replaceAll("/\\*.*?\\*/", " ");
        int comment = code.indexOf("//");
        if (comment >= 0) {
            code = code.substring(0, comment);
        }
        code = code.replaceAll("@\\w+\\([^)]*\\)", "").replaceAll("\\bsalience\\s+-?\\d+", "");
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(code);
        while (m.find()) {
            if (!zeroOrOne(m.group(1))) {
                numbers.add(m.group());
            }
        }
        return numbers;
    }

    private static boolean zeroOrOne(String literal) {
        try {
            BigDecimal value = literal.startsWith("0x") || literal.startsWith("0X")
                    ? BigDecimal.valueOf(Long.decode(literal)) : new BigDecimal(literal);
            return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void numbersIn(RuleFile file, List<RuleProblem> problems) {
        List<String> lines = file.text().lines().toList();
        boolean inBlockComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inBlockComment || line.strip().startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            for (String number : numbersInLogic(line)) {
                problems.add(RuleProblem.of(file.path(), i + 1, "text.numberInRule", number));
            }
        }
    }

    private static void conclusionMetadata(DrlRule rule, List<RuleProblem> problems) {
        Set<String> needed = new TreeSet<>();
        if (rule.derives("finding")) {
            needed.addAll(List.of("code", "kind"));
            needed.addAll(RuleVocabulary.LANGUAGES);
        }
        if (rule.derives("recommendation")) {
            needed.add("code");
            needed.addAll(RuleVocabulary.LANGUAGES);
        }
        if (rule.derives("excluded")) {
            needed.add("code");
        }
        List<String> missing = needed.stream().filter(key -> rule.metadata().getOrDefault(key, "").isBlank())
                .map(key -> "@" + key).toList();
        if (!missing.isEmpty()) {
            problems.add(RuleProblem.of(rule.file(), rule.line(), "text.missingMetadata", rule.name(),
                    String.join(", ", missing)));
        }
    }

    private static void vocabulary(DrlRule rule, List<RuleProblem> problems) {
        String kind = rule.metadata().get("kind");
        if (kind != null && !KINDS.contains(kind)) {
            problems.add(RuleProblem.of(rule.file(), rule.line(), "text.unknownKind", rule.name(), kind,
                    String.join(", ", KINDS)));
        }
        String owner = rule.metadata().get("owner");
        if (owner != null && !OWNERS.contains(owner)) {
            problems.add(RuleProblem.of(rule.file(), rule.line(), "text.unknownOwner", rule.name(), owner,
                    String.join(", ", OWNERS)));
        }
    }

    private static void sentences(DrlRule rule, List<RuleProblem> problems) {
        Set<String> evidence = rule.evidenceNames();
        for (String language : LANGUAGES) {
            String sentence = rule.metadata().get(language);
            if (sentence == null || sentence.isBlank()) {
                continue;
            }
            String badFormat = unsupportedFormat(sentence);
            if (badFormat != null) {
                problems.add(RuleProblem.of(rule.file(), rule.line(), "text.unsupportedFormat", language, rule.name(),
                        badFormat, "{name}, {name,number}, {name,number,percent}, {name,number,integer}",
                        "{name,number,#.##}", "{subject}"));
                continue;
            }
            StringBuilder indexed = new StringBuilder();
            Set<String> unknown = new TreeSet<>();
            int index = 0;
            Matcher m = PLACEHOLDER.matcher(sentence.replace("'", "''"));
            while (m.find()) {
                if (!m.group(1).equals("subject") && !evidence.contains(m.group(1))) {
                    unknown.add("{" + m.group(1) + "}");
                }
                m.appendReplacement(indexed, Matcher.quoteReplacement("{" + index++ + m.group(2)));
            }
            m.appendTail(indexed);
            try {
                new MessageFormat(indexed.toString(), Locale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
                problems.add(RuleProblem.of(rule.file(), rule.line(), "text.unreadableSentence", language,
                        rule.name(), e.getMessage(), "{name}", "{name,number,percent}"));
                continue;
            }
            if (!unknown.isEmpty()) {
                problems.add(RuleProblem.of(rule.file(), rule.line(), "text.unknownPlaceholder", language,
                        rule.name(), String.join(", ", unknown),
                        "{subject}" + (evidence.isEmpty() ? "" : ", {" + String.join("}, {", evidence) + "}")));
            }
        }
    }
}
