package com.salesdiag.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file in the repository that a test generates from the code: the test fails when the committed file differs
 * from what the code produces now, and rewrites it when run with {@code -Dsalesdiag.update=true}.
 */
public final class CommittedFile {

    private static final boolean UPDATE = Boolean.getBoolean("salesdiag.update");

    private CommittedFile() {
    }

    public static void assertMatches(Path file, String generated) {
        String committed = read(file);
        if (UPDATE && !generated.equals(committed)) {
            write(file, generated);
            return;
        }
        assertThat(committed)
                .as("%s differs from what the code produces now. If the change is intended, regenerate it with "
                        + "./mvnw -q -pl service -am verify -Dsalesdiag.update=true "
                        + "-Dtest='DiagnosisShapeGoldenTests,ReadmeExamplesTests' -Dsurefire.failIfNoSpecifiedTests=false "
                        + "and commit the result.", file)
                .isEqualTo(generated);
    }

    public static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
