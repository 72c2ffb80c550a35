package com.salesdiag.service.console;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages against every kind of caller, over plain HTTP with a browser's session: nobody signed in is
 * sent to the sign-in page; a role not allowed gets the refusal page (403); the allowed roles get the page. Also what
 * makes the sign-in safe: CSRF on every form, the session cookie, the pages' Content-Security-Policy, and a session
 * that opens the pages but never the API. The API's own matrix is {@code EndpointRoleMatrixTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePageMatrixTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    enum Who {
        ANONYMOUS(null), MANAGER(Users.MANAGER), ANALYST(Users.ANALYST), HR(Users.HR), ADMIN(Users.ADMIN);

        final Users.Login login;

        Who(Users.Login login) {
            this.login = login;
        }
    }

    /** A page; {@code allowed} the roles that get it. */
    record Page(String method, String path, List<Who> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Page> PAGES = List.of(
            new Page("GET", "/console/diagnoses/new", List.of(Who.MANAGER, Who.ADMIN)),
            new Page("GET", "/console/diagnoses", List.of(Who.MANAGER, Who.HR, Who.ADMIN)),
            new Page("GET", "/console/diagnoses/{diagnosis}", List.of(Who.MANAGER, Who.HR, Who.ADMIN)),
            new Page("GET", "/console/diagnoses/{diagnosis}/salespeople/paolo", List.of(Who.MANAGER, Who.HR, Who.ADMIN)),
            new Page("POST", "/console/diagnoses/sample", List.of(Who.MANAGER, Who.ADMIN)),
            new Page("GET", "/console/cases", List.of(Who.HR, Who.ADMIN)),
            new Page("GET", "/console/cases/{case}", List.of(Who.HR, Who.ADMIN)),
            new Page("GET", "/console/cases/{case}/record", List.of(Who.HR, Who.ADMIN)),
            // only HR decides; the form's answer (a redirect, or the page with the refusal) is checked below
            new Page("POST", "/console/cases/{case}/decisions", List.of(Who.HR)),
            // the analysts' pages, on the packaged rules (read, checked; publishing them sends back to the page)
            new Page("GET", "/console/rules", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("GET", "/console/rules/thresholds", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("GET", "/console/rules/file?path=3-delivery.drl", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("GET", "/console/rules/versions", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("GET", "/console/rules/versions/{version}", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("GET", "/console/rules/versions/{version}/file?path=3-delivery.drl", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("POST", "/console/rules/check", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("POST", "/console/rules/publish", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("POST", "/console/rules/thresholds", List.of(Who.ANALYST, Who.ADMIN)),
            new Page("POST", "/console/rules/file?path=3-delivery.drl", List.of(Who.ANALYST, Who.ADMIN)),
            // a restore as a publish: without a note it is refused (the page again, 422) and nothing changes
            new Page("POST", "/console/rules/versions/{version}/restore", List.of(Who.ANALYST, Who.ADMIN)));

    @LocalServerPort
    private int port;

    private long diagnosis;
    private long reviewCase;
    private String rulesVersion;

    @BeforeAll
    void aDiagnosisToOpen() {
        HttpResponse<String> served = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses", SampleCompany.json(), "en");
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        diagnosis = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        reviewCase = SampleCompany.JSON.readTree(new Http(port).as(Users.HR)
                .get("/api/v1/review-cases?diagnosis=" + diagnosis).body()).at("/items/0/id").asLong();
        rulesVersion = SampleCompany.JSON.readTree(new Http(port).as(Users.ANALYST).get("/api/v1/rules/versions").body())
                .get("active").asString();
    }

    Stream<Arguments> everyPageAndCaller() {
        List<Arguments> cases = new ArrayList<>();
        PAGES.forEach(page -> Stream.of(Who.values()).forEach(who -> cases.add(Arguments.of(page, who))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyPageAndCaller")
    void onlyTheRolesAllowedOpenAPage(Page page, Who who) throws Exception {
        Browser browser = new Browser();
        if (who.login != null) {
            browser.signIn(who.login);
        }
        String path = page.path().replace("{diagnosis}", String.valueOf(diagnosis))
                .replace("{case}", String.valueOf(reviewCase)).replace("{version}", rulesVersion);
        HttpResponse<String> response = page.method().equals("GET") ? browser.get(path)
                : browser.post(path, Map.of("_csrf", browser.csrf("/console")));
        if (who == Who.ANONYMOUS) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        } else if (page.allowed().contains(who)) {
            // an empty decision is refused: the case page again, 422
            assertThat(response.statusCode()).as(response.body()).isIn(200, 302, 422);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow())
                        .containsAnyOf("/console/diagnoses/", "/console/rules");
            }
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("<h1>Not allowed</h1>").doesNotContain("Giorgio", "Nord-Ovest");
        }
    }

    @Test
    void aRefusedDecisionIs422WithItsReasonsInWordsAndAClosedCase409() throws Exception {
        long own = SampleCompany.JSON.readTree(new Http(port).as(Users.HR).get("/api/v1/review-cases?diagnosis="
                + diagnoseAs("matrix-refusal") + "&kind=PERSONAL_COACHING").body()).at("/items/0/id").asLong();
        Browser hr = new Browser();
        hr.signIn(Users.HR);
        String path = "/console/cases/" + own + "/decisions";
        HttpResponse<String> refused = hr.post(path, Map.of("_csrf", hr.csrf("/console/cases"), "decision", "REJECTED",
                "rationale", "Not the right time."));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"decision-errors\"", "the employee is heard before a case is rejected")
                .doesNotContain(">REJECTED<", "case is REJECTED");
        HttpResponse<String> rejected = hr.post(path, Map.of("_csrf", hr.csrf("/console/cases"), "decision", "REJECTED",
                "rationale", "Not the right time.", "employeeResponse", "Agrees."));
        assertThat(rejected.statusCode()).isEqualTo(302);
        HttpResponse<String> again = hr.post(path, Map.of("_csrf", hr.csrf("/console/cases"), "decision", "DEFERRED",
                "rationale", "Once more."));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is already closed (rejected, by hr");
        assertThat(hr.get("/console/cases/" + own).body()).contains("No coaching plan follows");
    }

    @Test
    void aBrowserGetsTheConsolesErrorPagesAndTheApiItsProblemDetails() throws Exception {
        Browser hr = new Browser();
        assertThat(hr.get("/no-such-page").statusCode()).as("not signed in: the sign-in page").isEqualTo(302);
        hr.signIn(Users.HR);
        for (String path : List.of("/console/no-such-page", "/no-such-page")) {
            HttpResponse<String> missing = hr.get(path);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(missing.body()).contains("<h1>Not found</h1>", "Signed in as hr").doesNotContain("Whitelabel");
        }
        HttpResponse<String> badValue = hr.get("/console/cases?page=many");
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).contains("<h1>The request is not valid</h1>");
        HttpResponse<String> api = hr.get("/api/v1/review-cases/not-a-number");
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private long diagnoseAs(String company) {
        HttpResponse<String> served = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses",
                SampleCompany.write(SampleCompany.as(company)), "en");
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theAnalystsPagesSayThePackagedRulesServeAndHowToServeAFolderAndEditNothing() throws Exception {
        Browser analyst = new Browser();
        analyst.signIn(Users.ANALYST);
        String overview = analyst.get("/console/rules").body();
        assertThat(overview).contains("The service serves the rules packaged with it",
                "SALESDIAG_RULES_FOLDER=/path/to/ladder", "Serving: version " + rulesVersion, "3-delivery.drl")
                .doesNotContain("id=\"publish-folder\"");
        assertThat(analyst.get("/console/rules/thresholds").body())
                .contains("Lowest acceptable on-time delivery rate", "0.95")
                .doesNotContain("name=\"value-", "id=\"publish\"");
        assertThat(analyst.get("/console/rules/file?path=3-delivery.drl").body()).contains("<pre", "rule &quot;")
                .doesNotContain("<textarea");
        String checked = analyst.post("/console/rules/check", Map.of("_csrf", analyst.csrf("/console/rules"))).body();
        assertThat(checked).contains("The check passed: version " + rulesVersion);
        assertThat(analyst.get("/login?lang=it").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/console/rules").body()).contains("Il servizio usa le regole distribuite con il prodotto");
        Browser stranger = new Browser();
        assertThat(stranger.get("/login?lang=en").body()).as("the demo users sign in with the form; no provider")
                .contains("id=\"password\"").doesNotContain("/oauth2/authorization/");
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        Browser manager = new Browser();
        manager.signIn(Users.MANAGER);
        assertThat(manager.post("/console/diagnoses/sample", Map.of()).statusCode()).isEqualTo(403);
        assertThat(manager.post("/console/diagnoses/sample", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(manager.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(manager.get("/console/diagnoses").statusCode()).as("still signed in").isEqualTo(200);
        Browser stranger = new Browser();
        assertThat(stranger.post("/login", Map.of("username", "manager", "password", "demo-manager")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndThePagesRunNoInlineScript() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src",
                "unsafe-inline");
        assertThat(login.body()).doesNotContain("<script", " style=", "onclick");
        browser.signIn(Users.MANAGER);
        HttpResponse<String> answer = browser.get("/console/diagnoses/" + diagnosis);
        assertThat(answer.body()).contains("<svg").doesNotContain("<script", " style=");
    }

    @Test
    void aManagerWhoseDepartmentsAreNotInTheFactsIsToldSoNotThatThereIsNothingToDo() throws Exception {
        // Northwind's regions are Eastern, Western...: none is the manager's north-west
        Path northwind = Path.of("..", "test-data", "real", "northwind");
        Map<String, String> files = new LinkedHashMap<>();
        for (String part : List.of("company", "goals", "orderLines", "mapping")) {
            files.put(part, Files.readString(northwind.resolve(part + ".csv")));
        }
        HttpResponse<String> served = new Http(port).as(Users.MANAGER).postCsv("/api/v1/diagnoses", files, "en");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        Browser manager = new Browser();
        manager.signIn(Users.MANAGER);

        String page = manager.get(location.replace("/api/v1/", "/console/")).body();

        assertThat(page).contains("None of your departments (north-west) is in these facts",
                "None for your departments: they are not in these facts.")
                .doesNotContain("No department in this diagnosis", "Nothing to do here");
    }

    @Test
    void aSignedInBrowserStillGetsNothingFromTheApiWithoutCredentials() throws Exception {
        Browser manager = new Browser();
        manager.signIn(Users.MANAGER);
        HttpResponse<String> api = manager.get("/api/v1/diagnoses");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"salesdiag\"");
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPageAndSigningOutEndsTheSession() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> wrong = browser.post("/login", Map.of("username", "hr", "password", "guess",
                "_csrf", browser.csrf("/login")));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("The user name or the password is wrong.");

        browser.signIn(Users.HR);
        assertThat(browser.get("/console/diagnoses").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", browser.csrf("/console/diagnoses")));
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
        assertThat(browser.get("/console/diagnoses").statusCode()).isEqualTo(302);
    }

    @Test
    void theLanguageChosenIsRememberedOnTheNextPages() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.get("/login?lang=it").body()).contains("<h1>Accedi</h1>", "lang=\"it\"");
        assertThat(browser.get("/login").body()).contains("<h1>Accedi</h1>");
        assertThat(browser.get("/login?lang=en").body()).contains("<h1>Sign in</h1>");
        assertThat(browser.get("/login").body()).contains("<h1>Sign in</h1>", "lang=\"en\"");
    }

    /** A browser: cookies kept, redirects not followed (so that each answer is seen). */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of the forms of a page (the sign-out form is on every page once signed in). */
        String csrf(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = get(path);
            if (page.statusCode() == 302) {
                page = get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath());
            }
            Matcher m = CSRF.matcher(page.body());
            assertThat(m.find()).as("a CSRF token on " + path).isTrue();
            return m.group(1);
        }

        void signIn(Users.Login login) throws IOException, InterruptedException {
            HttpResponse<String> signedIn = post("/login", Map.of("username", login.name(),
                    "password", login.password(), "_csrf", csrf("/login")));
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
