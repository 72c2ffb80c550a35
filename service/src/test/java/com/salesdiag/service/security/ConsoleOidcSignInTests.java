package com.salesdiag.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.salesdiag.service.support.ConsoleSession;
import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.TestTokens;
import com.salesdiag.service.support.Users;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console signs in through an OpenID Connect provider with the authorization code flow, against a provider of
 * the test's own over real HTTP (discovery, keys, token endpoint): the sign-in page offers it, its link goes to the
 * provider's authorization endpoint with the client, scope, state and nonce, and the code the provider sends back
 * signs the user in with the roles of their ID token, named by its username claim. Configuring a provider turns the
 * demo users' passwords off, on the console as on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleOidcSignInTests {

    private static final Provider PROVIDER = new Provider();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.test-idp.";
        registry.add(prefix + "client-id", () -> "console");
        registry.add(prefix + "client-secret", () -> "console-secret");
        registry.add(prefix + "client-name", () -> "Test IdP");
        registry.add(prefix + "scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.test-idp.issuer-uri", PROVIDER::issuer);
        // a second provider, away: nothing listens on port 1
        registry.add("spring.security.oauth2.client.registration.away.client-id", () -> "console");
        registry.add("spring.security.oauth2.client.registration.away.client-name", () -> "Away IdP");
        registry.add("spring.security.oauth2.client.registration.away.scope", () -> "openid");
        registry.add("spring.security.oauth2.client.provider.away.issuer-uri", () -> "http://127.0.0.1:1/realms/away");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.server.stop(0);
    }

    @Test
    void theSignInPageOffersTheProviderAndItsCodeSignsTheUserInWithTheRolesOfTheIdToken() {
        ConsoleSession browser = new ConsoleSession(port, "en");
        String login = browser.get("/login").body();
        assertThat(login).contains("href=\"/oauth2/authorization/test-idp\"", "Sign in with Test IdP")
                .doesNotContain("id=\"password\"");

        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/test-idp");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(PROVIDER.issuer() + "/protocol/openid-connect/auth?");
        Map<String, String> asked = query(authorize);
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", "console")
                .containsEntry("scope", "openid")
                .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/test-idp")
                .containsKeys("state", "nonce");

        // the user signs in at the provider, which sends the browser back with a code
        String code = PROVIDER.signedIn(asked.get("nonce"), Map.of("preferred_username", "ada",
                "roles", List.of("analyst", "offline_access")));
        HttpResponse<String> back = browser.get("/login/oauth2/code/test-idp?code=" + code + "&state="
                + asked.get("state"));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
        assertThat(PROVIDER.tokenRequests).as("the code was exchanged, with the client's secret").containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("console:console-secret".getBytes(StandardCharsets.UTF_8))
                        + " code=" + code);

        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/console/rules");
        HttpResponse<String> rules = browser.get("/console/rules");
        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(rules.body()).contains("Signed in as ada", "<h1>The rules</h1>");
        assertThat(browser.get("/console/cases").statusCode()).as("an analyst, nothing more").isEqualTo(403);
    }

    @Test
    void aCodeThatDoesNotMatchItsSignInIsRefused() {
        ConsoleSession browser = new ConsoleSession(port, "en");
        Map<String, String> asked = query(URI.create(browser.get("/oauth2/authorization/test-idp").headers()
                .firstValue("Location").orElseThrow()));
        String code = PROVIDER.signedIn(asked.get("nonce"), Map.of("preferred_username", "ada", "roles", "ANALYST"));

        HttpResponse<String> forged = browser.get("/login/oauth2/code/test-idp?code=" + code + "&state=forged");

        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/login?providerFailed");
        assertThat(browser.get("/login?providerFailed").body())
                .contains("Signing in through your organisation&#39;s account did not succeed");
        assertThat(browser.get("/console/rules").statusCode()).isEqualTo(302);
    }

    @Test
    void aProviderThatCannotBeReachedSendsBackToTheSignInPageAndLeavesTheOthersWorking() {
        ConsoleSession browser = new ConsoleSession(port, "en");
        assertThat(browser.get("/login").body()).contains("Sign in with Away IdP", "Sign in with Test IdP");

        HttpResponse<String> away = browser.get("/oauth2/authorization/away");

        assertThat(away.statusCode()).isEqualTo(302);
        assertThat(away.headers().firstValue("Location").orElseThrow()).endsWith("/login?providerFailed");
        assertThat(browser.get("/oauth2/authorization/test-idp").headers().firstValue("Location").orElseThrow())
                .startsWith(PROVIDER.issuer());
    }

    @Test
    void withAProviderTheDemoUsersPasswordsAreOffOnTheConsoleAndTheApi() {
        ConsoleSession browser = new ConsoleSession(port, "en");
        assertThat(browser.get("/login").body()).doesNotContain("<form action=\"/login\"", "name=\"password\"");
        HttpResponse<String> tried = browser.post("/login", Map.of("username", "analyst", "password", "demo-analyst"));
        assertThat(tried.headers().firstValue("Location")).isEmpty();
        assertThat(browser.get("/console/rules").statusCode()).isEqualTo(302);
        assertThat(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions").statusCode()).isEqualTo(401);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** A provider in the test: discovery, its key set, and a token endpoint that honours the codes it issued. */
    private static final class Provider {

        private final KeyPair keys = TestTokens.rsa();
        private final HttpServer server;
        private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
        final List<String> tokenRequests = new java.util.concurrent.CopyOnWriteArrayList<>();

        Provider() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/realms/sales/.well-known/openid-configuration", exchange -> answer(exchange, 200,
                    """
                    {"issuer": "%1$s", "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                     "token_endpoint": "%1$s/protocol/openid-connect/token",
                     "jwks_uri": "%1$s/protocol/openid-connect/certs",
                     "response_types_supported": ["code"], "subject_types_supported": ["public"],
                     "id_token_signing_alg_values_supported": ["RS256"],
                     "token_endpoint_auth_methods_supported": ["client_secret_basic"]}""".formatted(issuer())));
            server.createContext("/realms/sales/protocol/openid-connect/certs", exchange -> answer(exchange, 200,
                    new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("k1").build())
                            .toString(true)));
            server.createContext("/realms/sales/protocol/openid-connect/token", this::token);
            server.start();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/sales";
        }

        /** The user signed in at the provider: a code for their ID token, with the nonce the client sent. */
        String signedIn(String nonce, Map<String, Object> claims) {
            String code = "code-" + codes.size();
            Map<String, Object> all = new LinkedHashMap<>(claims);
            all.put("nonce", nonce);
            codes.put(code, all);
            return code;
        }

        private void token(HttpExchange exchange) throws IOException {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = query(URI.create("x:/?" + form));
            tokenRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " code=" + fields.get("code"));
            Map<String, Object> claims = codes.remove(fields.get("code"));
            if (claims == null || !"authorization_code".equals(fields.get("grant_type"))) {
                answer(exchange, 400, "{\"error\": \"invalid_grant\"}");
                return;
            }
            answer(exchange, 200, "{\"access_token\": \"opaque\", \"token_type\": \"Bearer\", \"expires_in\": 300, "
                    + "\"scope\": \"openid\", \"id_token\": \"" + idToken(claims) + "\"}");
        }

        private String idToken(Map<String, Object> claims) {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer()).subject("user-1").audience("console")
                    .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(300)));
            claims.forEach(set::claim);
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), set.build());
                jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }
    }
}
