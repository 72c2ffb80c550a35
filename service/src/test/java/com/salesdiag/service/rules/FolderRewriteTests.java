package com.salesdiag.service.rules;

import com.salesdiag.engine.rules.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A restore's write-back into the serving folder: the folder ends holding exactly the version's rule files (its
 * scenarios untouched), or, when a file cannot be written or moved, exactly what it held before; never half of each,
 * and never a staged file left behind.
 */
class FolderRewriteTests {

    @TempDir
    Path folder;

    private static RuleFile file(String path, String text) {
        return new RuleFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void folderHolds(String... pathsAndTexts) throws IOException {
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path target = folder.resolve(pathsAndTexts[i]);
            Files.createDirectories(target.getParent());
            Files.writeString(target, pathsAndTexts[i + 1]);
        }
    }

    private List<String> everyFile() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aCommittedRewriteLeavesTheFolderHoldingTheVersionsRuleFilesAndItsScenariosAsTheyWere() throws Exception {
        folderHolds("a.drl", "edited a", "b.drl", "same b", "extra.drl", "not in the version",
                "scenarios/s.json", "{}");

        try (FolderRewrite rewrite = FolderRewrite.stage(folder, List.of(file("a.drl", "restored a"),
                file("b.drl", "same b"), file("sub/c.drl.csv", "new c")))) {
            assertThat(Files.readString(folder.resolve("a.drl"))).as("nothing moved before the commit")
                    .isEqualTo("edited a");
            rewrite.commit();
        }

        assertThat(Files.readString(folder.resolve("a.drl"))).isEqualTo("restored a");
        assertThat(Files.readString(folder.resolve("b.drl"))).isEqualTo("same b");
        assertThat(Files.readString(folder.resolve("sub/c.drl.csv"))).isEqualTo("new c");
        assertThat(everyFile()).containsExactly("a.drl", "b.drl", "scenarios/s.json", "sub/c.drl.csv");
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheStagingAndLeavesTheFolderAsItWas() throws Exception {
        folderHolds("a.drl", "edited a", "b.drl", "edited b");
        // where b's staged copy would go, a folder: writing it fails, whoever the tests run as
        Files.createDirectories(folder.resolve(".b.drl.restoring"));

        assertThatThrownBy(() -> FolderRewrite.stage(folder, List.of(file("a.drl", "restored a"),
                file("b.drl", "restored b"), file("new/c.drl", "c"))))
                .isInstanceOf(FolderRewrite.Failed.class).hasMessage("FileSystemException on b.drl");

        assertThat(Files.readString(folder.resolve("a.drl"))).isEqualTo("edited a");
        assertThat(Files.readString(folder.resolve("b.drl"))).isEqualTo("edited b");
        assertThat(everyFile()).containsExactly("a.drl", "b.drl");
        assertThat(Files.exists(folder.resolve("new"))).as("a folder made for the staging is removed").isFalse();
    }

    @Test
    void aMoveThatFailsHalfWayPutsBackWhatWasMoved() throws Exception {
        folderHolds("a.drl", "edited a", "b.drl", "edited b");
        FolderRewrite rewrite = FolderRewrite.stage(folder, List.of(file("a.drl", "restored a"),
                file("b.drl", "restored b")));
        // b becomes a folder with something in it after the staging: a is moved, then b's move fails
        Files.delete(folder.resolve("b.drl"));
        Files.createDirectories(folder.resolve("b.drl"));
        Files.writeString(folder.resolve("b.drl").resolve("keep"), "x");

        try (rewrite) {
            assertThatThrownBy(rewrite::commit).isInstanceOf(FolderRewrite.Failed.class).hasMessageEndingWith("on b.drl");
        }

        assertThat(Files.readString(folder.resolve("a.drl"))).as("put back").isEqualTo("edited a");
        assertThat(everyFile()).containsExactly("a.drl", "b.drl/keep");
    }

    @Test
    void aFolderThatIsGoneIsNotCreatedAgain() {
        Path gone = folder.resolve("ladder");

        assertThatThrownBy(() -> FolderRewrite.stage(gone, List.of(file("a.drl", "a"))))
                .isInstanceOf(FolderRewrite.Failed.class).hasMessage("NoSuchFileException on .");
        assertThat(Files.exists(gone)).isFalse();
    }

    @Test
    void aPathOutsideTheFolderIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> FolderRewrite.stage(folder, List.of(file("../escape.drl", "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(folder.getParent().resolve("escape.drl"))).isFalse();
    }
}
