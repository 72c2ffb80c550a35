package com.salesdiag.service.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the rules come from, under {@code salesdiag.rules.*}.
 *
 * @param folder    a rules folder an analyst edits in place (DRL and decision tables); empty serves the rules
 *                  packaged with the product, which cannot be reloaded. Environment: {@code SALESDIAG_RULES_FOLDER}.
 * @param scenarios scenario folders every reload must pass; empty uses the scenarios packaged with the product.
 *                  A {@code scenarios} folder inside or beside the rules folder is always run too.
 * @param watch     reload the rules folder by itself when a rule file, decision table or scenario in it is saved
 *                  ({@link RulesFolderWatcher}); off by default, so that what serves changes only when someone asks
 * @param watchQuiet how long the folder must be quiet after a change before the reload, so that an editor's or a
 *                  checkout's burst of writes gives one reload
 */
@ConfigurationProperties("salesdiag.rules")
public record RulesProperties(Path folder, List<Path> scenarios, @DefaultValue("false") boolean watch,
                              @DefaultValue("1s") Duration watchQuiet) {

    public RulesProperties {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public boolean editable() {
        return folder != null && !folder.toString().isBlank();
    }
}
