package com.salesdiag.service.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the rules come from, under {@code salesdiag.rules.*}.
 *
 * @param folder    a rules folder an analyst edits in place (DRL and decision tables); empty serves the rules
 *                  packaged with the product, which cannot be reloaded. Environment: {@code SALESDIAG_RULES_FOLDER}.
 * @param scenarios scenario folders every reload must pass; empty uses the scenarios packaged with the product.
 *                  A {@code scenarios} folder inside or beside the rules folder is always run too.
 */
@ConfigurationProperties("salesdiag.rules")
public record RulesProperties(Path folder, List<Path> scenarios) {

    public RulesProperties {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public boolean editable() {
        return folder != null && !folder.toString().isBlank();
    }
}
