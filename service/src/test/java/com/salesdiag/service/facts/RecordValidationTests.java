package com.salesdiag.service.facts;

import com.salesdiag.service.support.LargeCompany;
import com.salesdiag.service.support.SampleCompany;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record-by-record validation finds exactly what Hibernate Validator's cascade over the whole input finds, at the
 * same paths with the same messages, sequential or parallel: checked on a thousand inputs, each the sample or a
 * generated company with a few random fields broken (nulls, blanks, bad periods, negative counts, rates above 1,
 * null records, empty lists).
 */
class RecordValidationTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final JsonNode[] BREAKS = {JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.stringNode(""),
            JsonNodeFactory.instance.stringNode(" "), JsonNodeFactory.instance.stringNode("2026-13"),
            JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(1.5)};

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void theSameViolationsAsTheCascadeOnBrokenInputs() {
        Random random = new Random(20261127);
        List<ObjectNode> bases = List.of(SampleCompany.tree(), (ObjectNode) JSON.readTree(LargeCompany.json(60)));
        RecordValidation sequential = new RecordValidation(VALIDATOR, Integer.MAX_VALUE);
        RecordValidation parallel = new RecordValidation(VALIDATOR, 0);
        int withViolations = 0;
        for (int i = 0; i < 1_000; i++) {
            ObjectNode tree = bases.get(i % bases.size()).deepCopy();
            int breaks = 1 + random.nextInt(4);
            for (int b = 0; b < breaks; b++) {
                breakSomething(tree, random);
            }
            FactsInput input;
            try {
                input = JSON.treeToValue(tree, FactsInput.class);
            } catch (RuntimeException notEvenReadable) {
                continue; // e.g. "2026-13" for a number: refused by Jackson before validation
            }
            List<RecordValidation.Violation> expected = cascade(input);
            assertThat(sorted(sequential.violations(input))).as("input %d", i).isEqualTo(expected);
            assertThat(sorted(parallel.violations(input))).as("input %d, parallel", i).isEqualTo(expected);
            withViolations += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withViolations).as("inputs that broke a constraint").isGreaterThan(500);
    }

    @Test
    void aValidInputHasNone() {
        FactsInput input = JSON.readValue(LargeCompany.json(300), FactsInput.class);
        assertThat(new RecordValidation(VALIDATOR, 0).violations(input)).isEmpty();
    }

    /** What {@code validator.validate(input)} finds, following every {@code @Valid}. */
    private static List<RecordValidation.Violation> cascade(FactsInput input) {
        return sorted(VALIDATOR.validate(input).stream()
                .map(v -> new RecordValidation.Violation(v.getPropertyPath().toString(), v)).toList());
    }

    private static List<RecordValidation.Violation> sorted(List<RecordValidation.Violation> violations) {
        List<RecordValidation.Violation> copy = new ArrayList<>(violations);
        copy.sort(Comparator.comparing(RecordValidation.Violation::path).thenComparing(RecordValidation.Violation::message));
        return copy;
    }

    /** Sets one field somewhere to a bad value, nulls a record, or empties a list. */
    private static void breakSomething(ObjectNode tree, Random random) {
        List<String> lists = new ArrayList<>();
        tree.properties().forEach(e -> {
            if (e.getValue() instanceof ArrayNode array && !array.isEmpty()) {
                lists.add(e.getKey());
            }
        });
        int what = random.nextInt(20);
        if (what == 0) {
            JsonNode bad = BREAKS[random.nextInt(BREAKS.length)];
            switch (random.nextInt(3)) {
                case 0 -> tree.set("period", bad);
                case 1 -> tree.set("company", JsonNodeFactory.instance.nullNode());
                default -> ((ObjectNode) tree.get("company")).set("id", bad);
            }
            return;
        }
        ArrayNode list = (ArrayNode) tree.get(lists.get(random.nextInt(lists.size())));
        int index = random.nextInt(list.size());
        if (what == 1) {
            list.set(index, JsonNodeFactory.instance.nullNode());
        } else if (what == 2) {
            list.removeAll();
        } else if (list.get(index) instanceof ObjectNode record) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(record.properties());
            String field = fields.get(random.nextInt(fields.size())).getKey();
            JsonNode current = record.get(field);
            if (current instanceof ArrayNode inner && !inner.isEmpty() && random.nextBoolean()) {
                inner.set(random.nextInt(inner.size()), BREAKS[random.nextInt(3)]); // a null or blank product id
            } else {
                record.set(field, BREAKS[random.nextInt(BREAKS.length)]);
            }
        }
    }
}
