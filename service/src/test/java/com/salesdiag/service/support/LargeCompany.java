package com.salesdiag.service.support;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A generated company of any size: 50 departments, 20 products, three quarters of goals and results, core
 * training for everyone. Big enough to test the limits, plain enough to diagnose fast.
 */
public final class LargeCompany {

    private static final String[] QUARTERS = {"2026-Q1", "2026-Q2", "2026-Q3"};

    private LargeCompany() {
    }

    public static String json(int salespeople) {
        ObjectNode root = SampleCompany.JSON.createObjectNode();
        root.putObject("company").put("id", "big").put("name", "Big Co");
        root.put("period", "2026-Q3");
        ArrayNode departments = root.putArray("departments");
        for (int d = 0; d < 50; d++) {
            departments.addObject().put("id", "d" + d).put("name", "Department " + d);
        }
        ArrayNode products = root.putArray("products");
        for (int p = 0; p < 20; p++) {
            products.addObject().put("id", "p" + p).put("name", "Product " + p);
        }
        ArrayNode people = root.putArray("salespeople");
        ArrayNode goals = root.putArray("goals");
        ArrayNode results = root.putArray("results");
        ArrayNode trainings = root.putArray("trainings");
        for (int i = 0; i < salespeople; i++) {
            String id = String.format("s%05d", i);
            ObjectNode person = people.addObject().put("id", id).put("name", "Salesperson " + i)
                    .put("departmentId", "d" + (i % 50)).put("hireDate", "2020-01-01");
            person.putArray("productIds").add("p" + (i % 20)).add("p" + ((i + 7) % 20));
            for (String quarter : QUARTERS) {
                goals.addObject().put("level", "SALESPERSON").put("subjectId", id).put("period", quarter)
                        .put("target", 100000).put("discussedOn", "2026-01-02");
                results.addObject().put("salespersonId", id).put("period", quarter)
                        .put("revenue", 60000 + (i * 7919L % 60000)).put("dealsWon", 20).put("dealsLost", 10)
                        .put("lostOnPrice", 2).put("lostOnProduct", 1).put("averageDiscount", 0.05);
            }
            for (String topic : new String[]{"PRODUCT_KNOWLEDGE", "TARGET_AUDIENCE", "SALES_STRATEGY"}) {
                trainings.addObject().put("salespersonId", id).put("topic", topic).put("date", "2026-03-10");
            }
        }
        for (String quarter : QUARTERS) {
            for (int d = 0; d < 50; d++) {
                goals.addObject().put("level", "DEPARTMENT").put("subjectId", "d" + d).put("period", quarter)
                        .put("target", 100000.0 * salespeople / 50);
            }
            goals.addObject().put("level", "COMPANY").put("subjectId", "big").put("period", quarter)
                    .put("target", 100000.0 * salespeople);
        }
        return SampleCompany.write(root);
    }
}
