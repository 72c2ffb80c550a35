package com.salesdiag.service.diagnosis;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * The property behind "bad input gets a clear error, never a 500": the sample company with any one field, or any
 * record, replaced by a value of the wrong kind, an extreme, a null or an empty list is answered either with a
 * diagnosis or with a problem (RFC 9457) that names where the input is wrong. Over real HTTP with the real engine,
 * so a value that passes validation and upsets the engine counts too. {@code -Dinput.seed=N} explores further.
 * (A manual fuzz of this kind found the null record and broken %-escape 500s.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnyInputGetsAnAnswerOrAProblemTests {

    private static final long SEED = Long.getLong("input.seed", 20261127L);
    private static final int EXAMPLES = Integer.getInteger("input.examples", 300);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> FIELD_PROBLEMS = Set.of("invalid-facts", "unreadable-field", "too-many-salespeople");

    /** Values of every kind the facts hold, and the wrong ones: extremes, blanks, nulls, other types. */
    private static final List<JsonNode> VALUES = List.of(NODES.nullNode(), NODES.stringNode(""),
            NODES.stringNode(" "), NODES.stringNode("x".repeat(5_000)), NODES.stringNode("\u0000"),
            NODES.stringNode("é€𝄞"), NODES.stringNode("2026-13-45"), NODES.stringNode("2026-Q9"),
            NODES.stringNode("0001-Q1"), NODES.stringNode("9999-12-31"), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.numberNode(1e308), NODES.numberNode(-1e308), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Integer.MIN_VALUE), NODES.booleanNode(true), NODES.arrayNode(),
            NODES.arrayNode().addNull(), NODES.objectNode(), NODES.arrayNode().add(NODES.objectNode()));

    @LocalServerPort
    private int port;

    @Test
    void anyOneValueReplacedGetsADiagnosisOrAProblemNamingTheField() {
        ObjectNode sample = SampleCompany.tree();
        List<String> places = places(sample, "");
        Http manager = new Http(port).as(Users.MANAGER);

        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(20)
                .forAll(integers().between(0, places.size() - 1), integers().between(0, VALUES.size() - 1))
                .checkAssert((place, value) -> {
                    ObjectNode facts = sample.deepCopy();
                    replace(facts, places.get(place), VALUES.get(value));
                    HttpResponse<String> response = manager.postJson("/api/v1/diagnoses", SampleCompany.write(facts), "en");
                    String what = places.get(place) + " = " + abbreviated(VALUES.get(value)) + " -> "
                            + response.statusCode() + " " + abbreviated(response.body());

                    assertThat(response.statusCode()).as(what).isIn(200, 400, 413, 422);
                    JsonNode body = SampleCompany.JSON.readTree(response.body());
                    if (response.statusCode() == 200) {
                        assertThat(body.get("rulesVersion").asString()).as(what).isNotBlank();
                        return;
                    }
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                            .startsWith("application/problem+json");
                    String type = body.get("type").asString().replace("urn:salesdiag:problem:", "");
                    assertThat(body.get("detail").asString()).as(what).isNotBlank();
                    if (FIELD_PROBLEMS.contains(type)) {
                        assertThat(body.get("errors").valueStream().map(e -> e.get("field").asString()))
                                .as(what).isNotEmpty().allSatisfy(field -> assertThat(field).isNotBlank());
                    }
                });
    }

    /** Every field and every first record of a list, as JSON pointers. */
    private static List<String> places(JsonNode node, String at) {
        List<String> places = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(property -> {
                String here = at + "/" + property.getKey();
                places.add(here);
                places.addAll(places(property.getValue(), here));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            places.add(at + "/0");
            places.addAll(places(node.get(0), at + "/0"));
        }
        return places;
    }

    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, last));
        String key = pointer.substring(last + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value.deepCopy());
        } else {
            ((ObjectNode) parent).set(key, value.deepCopy());
        }
    }

    private static String abbreviated(Object text) {
        String s = String.valueOf(text);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
