package com.salesdiag.service.system;

import com.salesdiag.service.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.salesdiag.service.support.SampleCompany.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** The API document says how to sign in (HTTP Basic, a bearer JWT), so that Swagger UI shows "Authorize". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiSecuritySchemesTests {

    @LocalServerPort
    private int port;

    @Test
    void theApiDocumentDeclaresHttpBasicAndBearerJwt() {
        JsonNode document = JSON.readTree(new Http(port).get("/v3/api-docs").body());
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/basicAuth/type").asString()).isEqualTo("http");
        assertThat(schemes.at("/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(schemes.at("/bearerJwt/scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.at("/bearerJwt/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.get("security").toString()).contains("basicAuth", "bearerJwt");
        assertThat(document.get("paths").propertyNames()).as("the console's pages are not the API")
                .contains("/api/v1/diagnoses").noneMatch(path -> path.startsWith("/console") || path.equals("/login"));
    }
}
