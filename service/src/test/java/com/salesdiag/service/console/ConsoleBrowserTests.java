package com.salesdiag.service.console;

import com.salesdiag.service.support.Http;
import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.support.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless chromium through chromedriver) against the running application:
 * real HTTP, the real database. Each role signs in, does its journey, sees what the page shows, and signs out; every
 * page passes the accessibility checks of {@link PageChecks}. The main pages are saved as screenshots under
 * {@code docs/console/}, which the README shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTests {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "console");

    @LocalServerPort
    private int port;

    private ChromeDriver browser;
    private Path files;

    @BeforeAll
    void startBrowser() throws IOException {
        File driver = new File(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
        String missing = "chromedriver at " + driver + " (apt-get install chromium chromium-driver; .ci/run does)";
        if (System.getenv("CI") != null) {
            assertThat(driver.canExecute()).as(missing).isTrue(); // CI installs it: missing there is a failure
        } else {
            // A new machine with only Java still runs ./mvnw verify; the browser journeys need the browser.
            Assumptions.assumeTrue(driver.canExecute(), "skipped: no " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("console.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-GB", "--window-size=1280,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
        files = Files.createTempDirectory("console-csv");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aManagerFindsWhySalesFellAndWhatToDo() {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        PageChecks.assertAccessible(browser);
        screenshot("login");
        signIn(Users.MANAGER);
        assertThat(heading()).isEqualTo("Why did sales fall? Start a diagnosis");
        PageChecks.assertAccessible(browser);
        screenshot("new-diagnosis");

        // CSV files with a bad cell: the problem at its file, row and column, in the page's language
        Map<String, String> csv = SampleCompany.csv();
        String goals = csv.get("goals");
        String[] lines = goals.split("\n");
        lines[2] = lines[2].replaceFirst(",(\\d+),", ",lots,");
        upload(Map.of("goals", String.join("\n", lines), "company", csv.get("company"),
                "salespeople", csv.get("salespeople"), "whatever", "a,b\n1,2\n"));
        WebElement problems = browser.findElement(By.id("problems"));
        assertThat(problems.getText()).contains("goals.csv", "row 3", "column target", "lots")
                .contains("whatever.csv");
        assertThat(browser.findElement(By.id("recognised-heading")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("not recognised");
        PageChecks.assertAccessible(browser);
        screenshot("csv-problem");

        // every CSV file of the sample, recognised by name: the answer for the manager's department
        upload(csv);
        assertThat(heading()).as(browser.findElement(By.tagName("main")).getText()).startsWith("Why sales fell: Idraulica Padana S.p.A.");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Nord-Ovest reached 81% of its goal", "price not competitive", "33,934", "42%",
                "Shown for your departments only (north-west)", "Rules version")
                .doesNotContain("Centro-Sud", "giorgio");
        WebElement chart = browser.findElement(By.cssSelector("#departments svg.chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.tagName("rect"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("#departments table caption")).getText())
                .isEqualTo("Shortfall of Nord-Ovest by cause: the figures of the chart");
        assertThat(browser.findElements(By.cssSelector("#salespeople-table tbody tr"))).hasSize(4);
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Production and logistics",
                "Escalate the delivery delays for Nord-Ovest");
        // the change against last quarter and last year (the sample holds five quarters): the department's sentence,
        // its figures, and a bridge per comparison with the same steps as a table
        WebElement change = browser.findElement(By.id("change"));
        assertThat(change.getText()).contains("Change against last period and last year",
                "Nord-Ovest: revenue fell 14.1% (57,400) against Q2 2026",
                "Against the previous period, 2026-Q2",
                "Revenue went from 407,200 in 2026-Q2 to 349,800 in 2026-Q3: -57,400 (-14.1%).",
                "Against the same period a year earlier, 2025-Q3",
                "Revenue went from 434,000 in 2025-Q3 to 349,800 in 2026-Q3: -84,200 (-19.4%).",
                "Number of deals won, from 77 to 71").doesNotContain("Centro-Sud", "Idraulica Padana");
        List<WebElement> bridges = change.findElements(By.cssSelector("svg.bridge"));
        assertThat(bridges).hasSize(2);
        for (WebElement bridge : bridges) {
            assertThat(bridge.getAttribute("role")).isEqualTo("img");
            assertThat(bridge.findElement(By.tagName("title")).getAttribute("textContent"))
                    .startsWith("Revenue of Nord-Ovest from 20").endsWith("step by step: falls and rises apart");
            // the two totals and the four salespeople, each written with its figure
            assertThat(bridge.findElements(By.cssSelector("rect.step"))).hasSize(6);
            assertThat(bridge.findElements(By.cssSelector("rect.step.fall"))).hasSize(4);
        }
        WebElement steps = browser.findElement(By.id("bridge-department-north-west-previous_period-table"));
        assertThat(steps.findElement(By.tagName("caption")).getText())
                .isEqualTo("Revenue of Nord-Ovest from 2026-Q2 to 2026-Q3, step by step: the figures of the chart");
        assertThat(lines(steps.findElement(By.tagName("tbody")).getText())).containsExactly(
                "Revenue in 2026-Q2 – – 407,200",
                "Chiara Galli -20,000 34.8% of the falls 387,200",
                "Marco Colombo -18,000 31.4% of the falls 369,200",
                "Sara Ferrari -15,400 26.8% of the falls 353,800",
                "Paolo Ricci -4,000 7.0% of the falls 349,800",
                "Revenue in 2026-Q3 – – 349,800");
        PageChecks.assertAccessible(browser);
        screenshot("answer.en");
        // the printed report keeps the change, its bridges and their tables, and leaves out the forms
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.id("change")).isDisplayed()).isTrue();
            assertThat(bridges).allMatch(WebElement::isDisplayed);
            assertThat(steps.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("form.filter")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        String answerUrl = browser.getCurrentUrl();

        // filter the table, then one salesperson's page: findings, evidence figures and rules
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("status"))).selectByValue("ON_TRACK");
        navigate(browser.findElement(By.cssSelector("form.filter button")));
        assertThat(browser.findElements(By.cssSelector("#salespeople-table tbody tr"))).hasSize(1);
        navigate(browser.findElement(By.linkText("Paolo Ricci")));
        assertThat(heading()).isEqualTo("Paolo Ricci: findings and recommendations");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("recognise", "goal met", "Figures",
                "Rules that reached it");
        assertThat(browser.findElement(By.id("change")).getText()).contains(
                "Paolo Ricci: revenue fell 4% (4,000) against Q2 2026",
                "Revenue went from 100,000 in 2026-Q2 to 96,000 in 2026-Q3: -4,000 (-4.0%).",
                "Revenue went from 106,000 in 2025-Q3 to 96,000 in 2026-Q3: -10,000 (-9.4%).",
                "Average won deal, from 5,263.16 to 4,800");
        PageChecks.assertAccessible(browser);
        screenshot("salesperson");

        // in Italian: the switch is remembered on the next pages, and a new diagnosis answers in Italian
        navigate(browser.findElement(By.id("language")));
        assertThat(heading()).isEqualTo("Paolo Ricci: rilievi e raccomandazioni");
        open("/console/diagnoses/new");
        assertThat(heading()).isEqualTo("Perché sono calate le vendite? Avvia una diagnosi");
        navigate(browser.findElement(By.id("diagnose-sample")));
        assertThat(heading()).startsWith("Perché sono calate le vendite: Idraulica Padana S.p.A.");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Nord-Ovest", "prezzo non competitivo", "33.934", "Venditori");
        assertThat(browser.findElement(By.id("change")).getText()).contains(
                "Variazione rispetto al periodo precedente e all'anno prima",
                "Rispetto allo stesso periodo dell'anno prima, 2025-Q3",
                "I ricavi sono passati da 407.200 in 2026-Q2 a 349.800 in 2026-Q3: -57.400 (-14,1%).",
                "Chiara Galli", "34,8% dei cali");
        PageChecks.assertAccessible(browser);
        screenshot("answer.it");

        // the history: both diagnoses, each reopened as answered
        navigate(browser.findElement(By.linkText("Diagnosi precedenti")));
        assertThat(browser.findElement(By.id("history-table")).getText()).contains("Idraulica Padana S.p.A.",
                "manager", "2026-Q3");
        PageChecks.assertAccessible(browser);
        screenshot("history");
        navigate(browser.findElement(By.id("language")));
        open(answerUrl.substring(answerUrl.indexOf("/console")));
        assertThat(heading()).startsWith("Why sales fell");

        signOut();
    }

    @Test
    void aManagerIsRefusedAnotherDepartmentsDiagnosisAndOtherRolesPages() {
        HttpResponse<String> served = new Http(port).as(Users.MANAGER_CS).postJson("/api/v1/diagnoses",
                SampleCompany.write(SampleCompany.without(SampleCompany.as("centre-south-only"), "north-west")), "en");
        String location = served.headers().firstValue("Content-Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        open("/login");
        signIn(Users.MANAGER);
        open("/console/diagnoses/" + id);
        assertThat(heading()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Centro-Sud", "centre-south-only");
        open("/console/diagnoses");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("centre-south");
        signOut();

        open("/login");
        signIn(Users.ANALYST);
        open("/console/diagnoses");
        assertThat(heading()).isEqualTo("Not allowed");
        signOut();

        open("/login");
        signIn(Users.HR);
        open("/console/diagnoses/new");
        assertThat(heading()).isEqualTo("Not allowed");
        open("/console/diagnoses/" + id);
        assertThat(browser.findElement(By.id("company")).getText()).contains("The company", "reached");
        signOut();
    }

    @Test
    void aCompanyWithoutGoalsShowsItsChangeAndNoEmptyGoalChart() throws IOException {
        JsonNode scenario = SampleCompany.JSON.readTree(Path.of("..", "test-data", "scenarios",
                "C3-no-goals-at-all-diagnosed-on-the-change.json").toFile());
        HttpResponse<String> served = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses",
                scenario.get("facts").toString(), "en");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        String location = served.headers().firstValue("Content-Location").orElseThrow();

        open("/login");
        signIn(Users.ADMIN);
        open("/console/diagnoses/" + location.substring(location.lastIndexOf('/') + 1));
        assertThat(heading()).isEqualTo("Why sales fell: Acme Industrial, 2026-Q3");
        WebElement change = browser.findElement(By.id("change"));
        assertThat(change.getText()).contains("Acme Industrial: revenue fell", "Sud", "Nord",
                "Against the previous period, 2026-Q2");
        assertThat(change.findElements(By.cssSelector("svg.bridge"))).isNotEmpty();
        // no goal: no shortfall chart, no figures of a goal, and the page says there was no goal to judge
        assertThat(browser.findElements(By.cssSelector("#company svg, #departments svg"))).isEmpty();
        assertThat(browser.findElement(By.id("company")).getText()).contains("No goal to judge")
                .doesNotContain("Goal null", "??");
        PageChecks.assertAccessible(browser);
        signOut();
    }

    @Test
    void hrReadsACaseAndDecidesIt() {
        // the same facts diagnosed twice: one answer in the case, asked twice
        String diagnosis = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> served = new Http(port).as(Users.ADMIN).postJson("/api/v1/diagnoses",
                    SampleCompany.write(SampleCompany.as("hr-journey")), "en");
            String location = served.headers().firstValue("Content-Location").orElseThrow();
            diagnosis = location.substring(location.lastIndexOf('/') + 1);
        }
        JsonNode cases = SampleCompany.JSON.readTree(new Http(port).as(Users.HR)
                .get("/api/v1/review-cases?company=hr-journey&kind=HR_DISMISSAL_REVIEW").body());
        long caseId = cases.at("/items/0/id").asLong();
        String person = cases.at("/items/0/salespersonName").asString();

        open("/login");
        signIn(Users.HR);
        assertThat(heading()).isEqualTo("Review cases");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind")))
                .selectByValue("HR_DISMISSAL_REVIEW");
        browser.findElement(By.id("department")).sendKeys(cases.at("/items/0/departmentId").asString());
        navigate(browser.findElement(By.cssSelector("form.filter button")));
        // the list says why and how far from the goal and the peers, with the department's name
        WebElement row = browser.findElement(By.xpath("//table[@id='cases-table']//tr[th/a[text()='" + person + "']]"));
        assertThat(row.getText()).contains("Centro-Sud", "Individual shortfall against peers and coaching without "
                + "improvement: 62% of the goal in 2026-Q3, against the peers' 99%", "62% in 2026-Q3", "peers 99%");
        PageChecks.assertAccessible(browser);
        screenshot("cases");

        open("/console/cases/" + caseId);
        assertThat(heading()).isEqualTo("Review of " + person);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("The review record", "Causes checked and excluded", "No decision yet.");
        assertThat(browser.findElement(By.id("case-department")).getText()).isEqualTo("Centro-Sud");
        assertThat(browser.findElement(By.id("excluded-causes")).getText()).contains(
                "delivery delays: Deliveries for Centro-Sud are on time: 96% on time (at least 95%)",
                "price not competitive: Centro-Sud wins on price without heavy discounts: 13 of 74 lost deals lost on "
                        + "price, under the threshold of 30%").doesNotContain("lossShareThreshold", "0.3");
        String diagnoses = browser.findElement(By.id("diagnoses-table")).getText();
        assertThat(diagnoses).contains("Asked 2 times with the same answer", "Diagnosis " + diagnosis + ",",
                "asked by admin, rules version").containsOnlyOnce("Ask HR to review the case of " + person);
        WebElement attainment = browser.findElement(By.cssSelector("svg.attainment"));
        assertThat(attainment.findElement(By.tagName("title")).getAttribute("textContent"))
                .isEqualTo("Attainment of " + person + " against the goal and the peers' average, period by period");
        assertThat(attainment.findElements(By.tagName("rect"))).hasSizeGreaterThanOrEqualTo(2);
        // each choice says beforehand what follows from it
        assertThat(browser.findElement(By.id("follows-UPHELD")).getText()).contains("formal written warning");
        assertThat(browser.findElement(By.id("follows-REJECTED")).getText()).startsWith("The review ends here");
        // upholding without the employee heard is refused, under the API's rules, in words, and nothing is recorded
        browser.findElement(By.id("decision-UPHELD")).click();
        browser.findElement(By.id("rationale")).sendKeys("Two quarters below peers after coaching.");
        navigate(browser.findElement(By.id("record-decision")));
        assertThat(browser.findElement(By.id("decision-errors")).getText())
                .contains("the employee's response is missing: the employee is heard before a case is upheld")
                .doesNotContain("UPHELD");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Open");
        assertThat(browser.findElement(By.id("decision-UPHELD")).isSelected()).as("the choice kept").isTrue();
        PageChecks.assertAccessible(browser);
        screenshot("case");

        browser.findElement(By.id("decision-DEFERRED")).click();
        navigate(browser.findElement(By.id("record-decision")));
        assertThat(browser.findElement(By.id("decided")).getText()).isEqualTo("Decision recorded: Deferred.");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Deferred");
        assertThat(browser.findElement(By.id("decisions-table")).getText()).contains("hr", "Deferred",
                "Two quarters below peers after coaching.", "The case stays open");

        browser.findElement(By.id("decision-REJECTED")).click();
        browser.findElement(By.id("rationale")).sendKeys("The Q2 goal was set without the employee.");
        browser.findElement(By.id("employeeResponse")).sendKeys("Contests the Q2 goal.");
        navigate(browser.findElement(By.id("record-decision")));
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Rejected");
        assertThat(browser.findElements(By.id("record-decision"))).as("a closed case takes no decision").isEmpty();

        // the case record as a document, for the employee's file: everything, the logic, who decided what
        navigate(browser.findElement(By.id("case-document")));
        assertThat(heading()).isEqualTo("Review case record: " + person);
        String record = browser.findElement(By.tagName("main")).getText();
        assertThat(record).contains("Prepared on", "by hr", "Idraulica Padana S.p.A.", "Centro-Sud",
                "Why it was recommended", "Individual shortfall against peers", "Deliveries for Centro-Sud are on time",
                "HR file 2026/014", "How the recommendation was reached", "Ineffective coaching goes to HR",
                "asked by admin", "Contests the Q2 goal.", "The review ends here", "GDPR art. 22");
        assertThat(browser.findElement(By.id("record-status")).getText()).isEqualTo("Rejected");
        PageChecks.assertAccessible(browser);
        screenshot("case-record");
        navigate(browser.findElement(By.id("language")));
        assertThat(heading()).isEqualTo("Documentazione del caso: " + person);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Le consegne per Centro-Sud sono "
                + "puntuali", "La revisione finisce qui", "Come si è arrivati alla raccomandazione");
        navigate(browser.findElement(By.id("language")));
        signOut();
    }

    @Test
    void errorsArePagesOfTheConsoleInTheReadersLanguage() {
        open("/login");
        signIn(Users.HR);
        open("/console/no-such-page");
        assertThat(heading()).isEqualTo("Not found");
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("Error 404");
        assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).as("the menu stays").isTrue();
        PageChecks.assertAccessible(browser);
        screenshot("error");
        open("/no-such-page?lang=it");
        assertThat(heading()).isEqualTo("Pagina non trovata");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel", "\"status\"");
        open("/console/cases/not-a-number");
        assertThat(heading()).isEqualTo("La richiesta non è valida");
        open("/console/diagnoses/new?lang=en");
        assertThat(heading()).isEqualTo("Not allowed");
        signOut();
    }

    @Test
    void anAdministratorDiagnosesTheRawOrderExportDroppedAsFiles() {
        Path northwind = Path.of("..", "test-data", "real", "northwind");
        open("/login");
        signIn(Users.ADMIN);
        open("/console/diagnoses/new");
        browser.findElement(By.id("files")).sendKeys(String.join("\n", Stream.of("company.csv", "goals.csv",
                "orderLines.csv", "mapping.csv").map(f -> northwind.resolve(f).toAbsolutePath().normalize().toString())
                .toList()));
        navigate(browser.findElement(By.id("diagnose")));
        assertThat(heading()).isEqualTo("Why sales fell: Northwind Traders, 1997-Q4");
        browser.findElement(By.cssSelector("details summary")).click();
        assertThat(browser.findElement(By.cssSelector("details")).getText()).contains(
                "orderLines.csv: order lines (raw: added up into results and delivery)",
                "mapping.csv: mapping of the raw files' columns", "goals.csv: goals");
        assertThat(browser.findElement(By.id("departments")).getText()).contains("Eastern", "Western");
        signOut();
    }

    @Test
    void theAccessibilityChecksFindWhatIsWrong() {
        // a page of its own (the console's policy would not let a test page style itself)
        browser.get("data:text/html;charset=utf-8," + java.net.URLEncoder.encode("<!DOCTYPE html><html><body><main>"
                + "<h3>Skipped</h3><input id=x><p style='color:#999;background:#fff'>grey on white</p><a href='#'></a>"
                + "<table><tr><td>1</td></tr></table><span id=d></span><span id=d></span></main></body></html>",
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(PageChecks.problemsOf(browser)).anyMatch(p -> p.startsWith("html has no lang"))
                .anyMatch(p -> p.startsWith("control without label"))
                .anyMatch(p -> p.startsWith("h1 count"))
                .anyMatch(p -> p.startsWith("heading skips a level"))
                .anyMatch(p -> p.startsWith("contrast 2.8") && p.contains("< 4.5:1 for \"grey on white\""))
                .anyMatch(p -> p.startsWith("link or button without a name"))
                .anyMatch(p -> p.startsWith("table without caption"))
                .anyMatch(p -> p.startsWith("id used twice: d"));
    }

    private void signIn(Users.Login user) {
        browser.findElement(By.id("username")).sendKeys(user.name());
        browser.findElement(By.id("password")).sendKeys(user.password());
        navigate(browser.findElement(By.id("sign-in")));
    }

    private void signOut() {
        navigate(browser.findElement(By.id("sign-out")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isIn(
                "You have signed out.", "Sei uscito.");
        open("/console/diagnoses");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    /** Clicks what leads to another page, and waits for that page. */
    private void navigate(WebElement element) {
        // the page left behind is marked; the next one is not, once it has loaded
        browser.executeScript("document.documentElement.setAttribute('data-left', 'yes');");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(b ->
                Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete' "
                        + "&& !document.documentElement.hasAttribute('data-left');")));
    }

    private void upload(Map<String, String> csv) {
        open("/console/diagnoses/new");
        StringBuilder paths = new StringBuilder();
        csv.forEach((name, content) -> {
            try {
                Path file = files.resolve(name + ".csv");
                Files.writeString(file, content);
                paths.append(paths.isEmpty() ? "" : "\n").append(file.toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        browser.findElement(By.id("files")).sendKeys(paths.toString());
        navigate(browser.findElement(By.id("diagnose")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void screenshot(String name) {
        // the whole page, however long: the window grows to the document's height for the picture
        Dimension before = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 700), 4000)));
        browser.executeScript("window.scrollTo(0, 0);"); // from the top, wherever the last click left the page
        try {
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
