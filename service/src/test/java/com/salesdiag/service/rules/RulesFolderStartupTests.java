package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.internal.ruleset.RulesetException;
import com.salesdiag.service.SalesDiagnosisApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting on an analyst's rules folder: the rules are loaded beside Spring's start (EarlyRulesLoading), and a
 * folder that fails its checks still stops the start, saying what is wrong, as a synchronous load did.
 */
class RulesFolderStartupTests {

    private static final Path LADDER = Path.of("..", "rules", "ladder");

    @Test
    void aRulesFolderThatFailsItsChecksStopsTheStartAndSaysWhy(@TempDir Path folder) throws IOException {
        copyLadder(folder);
        Path product = folder.resolve("1-product.drl");
        Files.writeString(product, Files.readString(product).replace("Department($dept : id)", "Department($dept : id"));

        assertThatThrownBy(() -> start(folder).close())
                .rootCause().isInstanceOf(RulesetException.class).hasMessageContaining("1-product.drl");
    }

    @Test
    void aRulesFolderThatPassesServesFromTheStart(@TempDir Path folder) throws IOException {
        copyLadder(folder);
        try (ConfigurableApplicationContext context = start(folder)) {
            assertThat(context.getBean(EarlyRulesLoading.Loading.class).loads(context.getBean(RulesProperties.class)))
                    .as("loaded early, for this folder").isTrue();
            LiveRuleset live = context.getBean(LiveRuleset.class);
            assertThat(live).isSameAs(context.getBean(EarlyRulesLoading.Loading.class).await());
            assertThat(live.history().get(0).who()).isEqualTo("startup");
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        // Command-line arguments, as an operator would pass them (builder properties are mere defaults, which
        // application.properties' empty salesdiag.rules.folder would override).
        return new SpringApplicationBuilder(SalesDiagnosisApplication.class)
                .run("--salesdiag.rules.folder=" + folder, "--server.port=0", "--logging.structured.format.console=");
    }

    private static void copyLadder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(LADDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
