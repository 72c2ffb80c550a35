package com.salesdiag.service.rawdata;

import com.salesdiag.service.support.Answers;
import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of test-data/real/northwind, sent as its README's curl sends it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NorthwindEndToEndTests {

    private static final Path FOLDER = Path.of("..", "test-data", "real", "northwind");

    @LocalServerPort
    private int port;

    private Http http;

    @BeforeEach
    void logIn() {
        http = new Http(port).as(Users.MANAGER);
    }

    @Test
    void printsTheAnswer() {
        HttpResponse<String> response = http.postCsv("/api/v1/diagnoses", files("company", "goals", "orderLines", "mapping"), "en");
        System.out.println(response.body());
        JsonNode answer = Answers.answer(response);
        assertThat(answer.get("period").asString()).isEqualTo("1997-Q4");
    }

    static Map<String, String> files(String... parts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String part : parts) {
            try {
                files.put(part, Files.readString(FOLDER.resolve(part + ".csv")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
