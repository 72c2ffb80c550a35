package com.salesdiag.engine.internal.scenario;

import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A scenario an analyst mistyped says where: the field to look at, not only Jackson's words. */
class ScenarioFilesTests {

    @Test
    void aMisspeltFieldIsLocated(@TempDir Path folder) throws IOException {
        Path original = Path.of("..", "test-data", "scenarios", "30-delivery-delays-stop-coaching-for-whole-department.json");
        String text = Files.readString(original);
        Path file = folder.resolve("90-my-new-case.json");
        Files.writeString(file, text.replaceFirst("\"onTimeRate\"", "\"onTimeRatio\""));

        ScenarioFigures packaged = ScenarioFigures.of(new RulesetCompiler().compilePackaged());

        assertThatIllegalArgumentException().isThrownBy(() -> ScenarioFiles.read(file, packaged))
                .withMessageContaining("90-my-new-case.json is not valid at facts.delivery[0]")
                .withMessageContaining("onTimeRat");
    }
}
