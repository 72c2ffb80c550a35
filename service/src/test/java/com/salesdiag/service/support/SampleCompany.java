package com.salesdiag.service.support;

import com.salesdiag.engine.internal.ruleset.RulesetCompiler;
import com.salesdiag.engine.internal.scenario.ScenarioFigures;
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

    /** The sample under another company id, so that a test finds its own records among others'. */
    public static ObjectNode as(String companyId) {
        ObjectNode tree = tree();
        ((ObjectNode) tree.get("company")).put("id", companyId);
        tree.get("goals").forEach(goal -> {
            if ("COMPANY".equals(goal.get("level").asString())) {
                ((ObjectNode) goal).put("subjectId", companyId);
            }
        });
        return tree;
    }

    /**
     * The sample without one department: its salespeople, and everything about them or about the department
     * (results, goals, trainings, delivery, feedback ...), are left out.
     */
    public static ObjectNode without(ObjectNode tree, String department) {
        java.util.Set<String> people = new java.util.HashSet<>();
        tree.get("salespeople").forEach(p -> {
            if (department.equals(p.get("departmentId").asString())) {
                people.add(p.get("id").asString());
            }
        });
        for (String list : tree.propertyNames().stream().toList()) {
            if (!tree.get(list).isArray()) {
                continue;
            }
            ArrayNode kept = tree.arrayNode();
            for (JsonNode item : tree.get(list)) {
                boolean aboutIt = list.equals("departments") && department.equals(text(item, "id"))
                        || list.equals("salespeople") && department.equals(text(item, "departmentId"))
                        || people.contains(text(item, "salespersonId")) || people.contains(text(item, "subjectId"))
                        || department.equals(text(item, "subjectId")) || department.equals(text(item, "departmentId"))
                        || department.equals(text(item, "scopeId"));
                if (!aboutIt) {
                    kept.add(item);
                }
            }
            tree.set(list, kept);
        }
        return tree;
    }

    /** The ids and names of a department's salespeople in the sample. */
    public static List<String> peopleOf(String department) {
        List<String> people = new java.util.ArrayList<>();
        tree().get("salespeople").forEach(p -> {
            if (department.equals(p.get("departmentId").asString())) {
                people.add(p.get("id").asString());
                people.add(p.get("name").asString());
            }
        });
        return people;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The sample with centre-south's deliveries on time at {@code rate} (the on-time tolerance is 0.95). */
    public static String withDepartmentDeliveriesOnTime(double rate) {
        ObjectNode tree = tree();
        currentDelivery(tree, "centre-south").put("onTimeRate", rate);
        return tree.toString();
    }

    /** A department's deliveries in the period under diagnosis, found by content (the sample holds earlier ones too). */
    public static ObjectNode currentDelivery(ObjectNode tree, String department) {
        String period = tree.get("period").asString();
        for (JsonNode d : tree.get("delivery")) {
            if ("DEPARTMENT".equals(text(d, "scope")) && department.equals(text(d, "scopeId"))
                    && period.equals(text(d, "period"))) {
                return (ObjectNode) d;
            }
        }
        throw new IllegalStateException("the sample has no deliveries of " + department + " in " + period);
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
    /** Each scenario's facts, their figures stated against the table worked out with the packaged thresholds. */
    public static Map<String, String> scenarioFacts() {
        Path folder = Path.of("..", "test-data", "scenarios");
        Map<String, String> facts = new LinkedHashMap<>();
        ScenarioFigures figures = ScenarioFigures.of(new RulesetCompiler().compilePackaged());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                facts.put(file.getFileName().toString(),
                        write(figures.resolve(JSON.readTree(file.toFile()).get("facts"), "facts")));
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
