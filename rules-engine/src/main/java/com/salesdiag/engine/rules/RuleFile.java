package com.salesdiag.engine.rules;

import java.nio.charset.StandardCharsets;

/** One DRL file or decision table, by its path relative to the rules folder. */
public record RuleFile(String path, byte[] content) {

    public boolean isRuleFile() {
        return path.endsWith(".drl") || path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx")
                || path.endsWith(".drl.xls");
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
