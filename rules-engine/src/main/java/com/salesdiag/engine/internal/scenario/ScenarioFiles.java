package com.salesdiag.engine.internal.scenario;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
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

    /** Reads a scenario whose figures are all numbers: a formula is an error (see {@link ScenarioFigures}). */
    public static Scenario read(Path file) {
        return read(file, ScenarioFigures.NONE);
    }

    /** Reads a scenario, its formulas worked out with {@code figures} (the thresholds of the rules it runs on). */
    public static Scenario read(Path file, ScenarioFigures figures) {
        try {
            JsonNode tree = MAPPER.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException("Scenario " + file + " is not a JSON object");
            }
            if (tree.get("facts") == null || tree.get("facts").isNull()) {
                throw new IllegalArgumentException("Scenario " + file + " has no \"facts\"");
            }
            ObjectNode resolved = ((ObjectNode) tree).deepCopy();
            try {
                resolved.set("facts", figures.resolve(tree.get("facts"), "facts"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Scenario " + file + " has a formula that cannot be read at "
                        + e.getMessage(), e);
            }
            return MAPPER.treeToValue(resolved, Scenario.class);
        } catch (JacksonException e) {
            String at = where(e.getPath());
            throw new IllegalArgumentException("Scenario " + file + " is not valid" + (at.isEmpty() ? "" : " at " + at)
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code facts.delivery[0].onTimeRate}: where in the file Jackson stopped. A misspelt field of a record reads as
     * its correct name missing, so the path names the field to look at.
     */
    private static String where(List<JacksonException.Reference> path) {
        StringBuilder at = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                at.append(at.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                at.append('[').append(ref.getIndex()).append(']');
            }
        }
        return at.toString();
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
