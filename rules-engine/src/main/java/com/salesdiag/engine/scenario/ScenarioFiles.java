package com.salesdiag.engine.scenario;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads scenario files ({@code *.json}) from a folder, strictly: a misspelt field is an error, not a silent gap. */
public final class ScenarioFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ScenarioFiles() {
    }

    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list scenarios in " + folder, e);
        }
    }

    public static Scenario read(Path file) {
        try {
            Scenario scenario = MAPPER.readValue(file.toFile(), Scenario.class);
            if (scenario.facts() == null) {
                throw new IllegalArgumentException("Scenario " + file + " has no \"facts\"");
            }
            return scenario;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Scenario " + file + " is not valid: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
