package com.salesdiag.service.decisionlog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Set;

/**
 * What a manager sees of a recorded diagnosis: their departments and their salespeople, and what concerns no
 * person (the company's goal, products, techniques). The company-wide answer is left out: its causes name
 * salespeople of every department. Nobody of another department appears in what is left.
 */
final class DepartmentView {

    private final Set<String> departments;

    DepartmentView(Set<String> departments) {
        this.departments = Set.copyOf(departments);
    }

    /** The facts, each list reduced to the departments' own items. */
    JsonNode facts(JsonNode facts) {
        ObjectNode copy = (ObjectNode) facts.deepCopy();
        Set<String> people = new HashSet<>();
        for (JsonNode person : list(copy, "salespeople")) {
            if (departments.contains(text(person, "departmentId"))) {
                people.add(text(person, "id"));
            }
        }
        for (String name : copy.propertyNames().stream().toList()) {
            JsonNode value = copy.get(name);
            if (!value.isArray()) {
                continue;
            }
            ArrayNode kept = copy.arrayNode();
            for (JsonNode item : value) {
                if (factVisible(name, item, people)) {
                    kept.add(item);
                }
            }
            copy.set(name, kept);
        }
        return copy;
    }

    private boolean factVisible(String list, JsonNode item, Set<String> people) {
        if (list.equals("departments")) {
            return departments.contains(text(item, "id"));
        }
        if (list.equals("goals")) {
            String level = text(item, "level");
            return "COMPANY".equals(level)
                    || "DEPARTMENT".equals(level) && departments.contains(text(item, "subjectId"))
                    || "SALESPERSON".equals(level) && people.contains(text(item, "subjectId"));
        }
        if (list.equals("delivery") && "DEPARTMENT".equals(text(item, "scope"))) {
            return departments.contains(text(item, "scopeId"));
        }
        // Any list: an item about a salesperson or a department is kept only if it is theirs.
        if (item.hasNonNull("salespersonId") && !people.contains(text(item, "salespersonId"))) {
            return false;
        }
        return !item.hasNonNull("departmentId") || departments.contains(text(item, "departmentId"));
    }

    /** The answer, without the company-wide part, with only the departments' salespeople, findings and actions. */
    JsonNode answer(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        Set<String> people = new HashSet<>();
        ArrayNode salespeople = copy.arrayNode();
        for (JsonNode person : list(copy, "salespeople")) {
            if (departments.contains(text(person, "departmentId"))) {
                people.add(text(person, "id"));
                salespeople.add(person);
            }
        }
        copy.set("salespeople", salespeople);
        if (copy.get("whySalesFell") instanceof ObjectNode why) {
            why.putNull("company");
            ArrayNode kept = copy.arrayNode();
            for (JsonNode department : list(why, "departments")) {
                if (departments.contains(text(department, "subjectId"))) {
                    kept.add(department);
                }
            }
            why.set("departments", kept);
            if (why.has("changes")) {
                // The company's change and the products' name other departments' parts: only their own scopes.
                ArrayNode changes = copy.arrayNode();
                for (JsonNode change : list(why, "changes")) {
                    String type = text(change, "subjectType");
                    String id = text(change, "subjectId");
                    if ("DEPARTMENT".equals(type) && departments.contains(id)
                            || "SALESPERSON".equals(type) && people.contains(id)) {
                        changes.add(change);
                    }
                }
                why.set("changes", changes);
            }
        }
        for (JsonNode group : list(copy, "recommendationsByOwner")) {
            ((ObjectNode) group).set("recommendations", subjects(copy, list(group, "recommendations"), people));
        }
        copy.set("findings", subjects(copy, list(copy, "findings"), people));
        if (copy.has("withheld")) {
            copy.set("withheld", subjects(copy, list(copy, "withheld"), people));
        }
        return copy;
    }

    private ArrayNode subjects(ObjectNode factory, JsonNode items, Set<String> people) {
        ArrayNode kept = factory.arrayNode();
        for (JsonNode item : items) {
            String type = text(item, "subjectType");
            String id = text(item, "subjectId");
            boolean visible = "SALESPERSON".equals(type) ? people.contains(id)
                    : "DEPARTMENT".equals(type) ? departments.contains(id)
                    : true; // COMPANY, PRODUCT, TECHNIQUE: about no one in particular
            if (visible) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static JsonNode list(JsonNode node, String name) {
        JsonNode list = node.get(name);
        return list != null && list.isArray() ? list : JsonNodeFactory.instance.arrayNode();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
