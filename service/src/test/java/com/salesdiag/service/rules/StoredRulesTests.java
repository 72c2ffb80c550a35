package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.engine.rules.RuleFile;
import com.salesdiag.service.support.LadderCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredRulesTests {

    @TempDir
    Path work;

    @Test
    void theScenariosKeptInsideAndBesideARulesFolderAreNamedFromIt() throws IOException {
        Path rules = Files.createDirectories(work.resolve("ladder"));
        Files.writeString(Files.createDirectories(rules.resolve("scenarios/delivery")).resolve("late.json"), "{}");
        Files.writeString(Files.createDirectories(work.resolve("scenarios")).resolve("price.json"), "{}");
        Files.writeString(work.resolve("scenarios").resolve("notes.txt"), "not a scenario");

        assertThat(StoredRules.scenariosKeptWith(rules)).extracting(RuleFile::path)
                .containsExactly("scenarios/delivery/late.json", "../scenarios/price.json");
        // a folder whose parent keeps no scenarios either
        assertThat(StoredRules.scenariosKeptWith(work.resolve("elsewhere").resolve("nothing-here"))).isEmpty();
    }

    @Test
    void aVersionIsLaidOutAsTheFolderItWasAndIsTheSameVersion() {
        LadderCopy ladder = LadderCopy.create();
        List<RuleFile> files = List.of(new RuleFile("thresholds.drl.csv", bytes(ladder.folder(), "thresholds.drl.csv")),
                new RuleFile("3-delivery.drl", bytes(ladder.folder(), "3-delivery.drl")));
        List<RuleFile> scenarios = List.of(new RuleFile("../scenarios/a.json", "{}".getBytes(StandardCharsets.UTF_8)));

        Path root;
        try (StoredRules stored = StoredRules.of(files, scenarios)) {
            root = stored.rules().getParent();
            assertThat(stored.rules().resolve("3-delivery.drl")).exists();
            assertThat(root.resolve("scenarios/a.json")).hasContent("{}");
            assertThat(StoredRules.scenariosKeptWith(stored.rules())).extracting(RuleFile::path)
                    .containsExactly("../scenarios/a.json");
            assertThat(stored.version()).isEqualTo(LiveRuleset.versionOf(stored.rules()));
        }
        assertThat(root).as("deleted once closed").doesNotExist();
    }

    @Test
    void aStoredPathThatLeavesItsFolderIsRefused() {
        List<RuleFile> files = List.of(new RuleFile("../../escape.drl", new byte[0]));

        assertThatThrownBy(() -> StoredRules.of(files, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside its rules folder");
    }

    private static byte[] bytes(Path folder, String file) {
        try {
            return Files.readAllBytes(folder.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
