package com.salesdiag.service.support;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a diagnosis answer in tests: the body of a 200, the codes of its findings, its recommended actions. */
public final class Answers {

    private Answers() {
    }

    /** The answer of a request that must have succeeded; its body is shown when it did not. */
    public static JsonNode answer(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SampleCompany.JSON.readTree(response.body());
    }

    /** The {@code code} of each item of a list of findings (or anything with codes). */
    public static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    /** Every action recommended, across the owners' groups. */
    public static List<String> actions(JsonNode answer) {
        List<String> actions = new ArrayList<>();
        answer.get("recommendationsByOwner").forEach(group ->
                group.get("recommendations").forEach(r -> actions.add(r.get("action").asString())));
        return actions;
    }
}
