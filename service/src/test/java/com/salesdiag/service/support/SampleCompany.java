package com.salesdiag.service.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The sample company of test-data/samples, as JSON to change one field at a time and as its CSV files. */
public final class SampleCompany {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final List<String> CSV_FILES = List.of("company", "departments", "salespeople", "goals", "results",
            "products", "productPerformance", "delivery", "customerService", "marketing", "marketIndicators",
            "trainings", "coachingPlans", "recognitions", "feedback", "techniques");

    private SampleCompany() {
    }

    public static String json() {
        return read("samples/company.json");
    }

    public static ObjectNode tree() {
        return (ObjectNode) JSON.readTree(json());
    }

    /** The object at {@code list[index]} of the tree, to change. */
    public static ObjectNode item(ObjectNode tree, String list, int index) {
        return (ObjectNode) ((ArrayNode) tree.get(list)).get(index);
    }

    public static String write(JsonNode tree) {
        return JSON.writeValueAsString(tree);
    }

    /** Every CSV file of the sample, by form part name. */
    public static Map<String, String> csv() {
        Map<String, String> files = new LinkedHashMap<>();
        CSV_FILES.forEach(name -> files.put(name, read("samples/csv/" + name + ".csv")));
        return files;
    }

    /** The facts of every scenario an analyst wrote in test-data/scenarios, as JSON. */
    public static Map<String, String> scenarioFacts() {
        Path folder = Path.of("..", "test-data", "scenarios");
        Map<String, String> facts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                facts.put(file.getFileName().toString(), write(JSON.readTree(file.toFile()).get("facts")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts;
    }

    private static String read(String resource) {
        try (InputStream in = SampleCompany.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
