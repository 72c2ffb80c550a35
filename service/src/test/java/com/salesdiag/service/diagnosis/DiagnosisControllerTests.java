package com.salesdiag.service.diagnosis;

import com.salesdiag.service.security.SecurityConfiguration;
import com.salesdiag.service.decisionlog.DiagnosisNotRecordedException;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.facts.InvalidFactsException;
import com.salesdiag.service.facts.TooManySalespeopleException;
import com.salesdiag.service.csv.UnreadableInputException;
import com.salesdiag.service.support.SampleCompany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the web layer maps what the service says to HTTP: statuses, problem details, languages. */
@WebMvcTest(DiagnosisController.class)
@Import({SecurityConfiguration.class, DiagnosisAdmission.class})
@WithMockUser(username = "manager", roles = "MANAGER")
class DiagnosisControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private DiagnosisService diagnoses;

    @Test
    void answersInTheLanguageOfAcceptLanguageAndSaysWhichOne() throws Exception {
        given(diagnoses.diagnose(any(), eq(Locale.ITALIAN), any())).willReturn(served(answer("it")));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(SampleCompany.json())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "it-IT,it;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "it"))
                .andExpect(jsonPath("$.language").value("it"));
    }

    @Test
    void unsupportedLanguageFallsBackToEnglish() throws Exception {
        given(diagnoses.diagnose(any(), eq(Locale.ENGLISH), any())).willReturn(served(answer("en")));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(SampleCompany.json())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"));
    }

    @Test
    void invalidFactsAre422WithEveryErrorAndItsPointer() throws Exception {
        given(diagnoses.diagnose(any(), any(), any())).willThrow(new InvalidFactsException(List.of(
                InputError.atField("salespeople[3].departmentId", "no department with id 'sud' in departments"),
                InputError.atField("goals", "no goal for the period under diagnosis (2026-Q3)"))));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:invalid-facts"))
                .andExpect(jsonPath("$.title").value("The facts are not valid"))
                .andExpect(jsonPath("$.detail").value(
                        "salespeople[3].departmentId: no department with id 'sud' in departments (and 1 more)"))
                .andExpect(jsonPath("$.instance").value("/api/v1/diagnoses"))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("salespeople[3].departmentId"))
                .andExpect(jsonPath("$.errors[0].pointer").value("/salespeople/3/departmentId"))
                .andExpect(jsonPath("$.errors[0].file").doesNotExist());
    }

    @Test
    void problemTitlesFollowTheRequestLanguage() throws Exception {
        given(diagnoses.diagnose(any(), any(), any())).willThrow(new InvalidFactsException(List.of(
                InputError.atField("period", "deve essere un mese (AAAA-MM) o un trimestre (AAAA-Qn)"))));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "it"))
                .andExpect(jsonPath("$.title").value("I dati non sono validi"));
    }

    @Test
    void unreadableCsvIs400NamingFileRowAndColumn() throws Exception {
        given(diagnoses.diagnoseCsv(any(), any(), any(), any())).willThrow(new UnreadableInputException(List.of(
                InputError.inFile("results.csv", 3, "revenue", "'abc' is not a number."))));
        mvc.perform(multipart("/api/v1/diagnoses").file(new MockMultipartFile("results", "results.csv", "text/csv",
                        "salespersonId,period,revenue\nx,2026-Q3,abc\n".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:unreadable-csv"))
                .andExpect(jsonPath("$.detail").value("results.csv:3 [revenue]: 'abc' is not a number."))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").doesNotExist());
    }

    @Test
    void tooManySalespeopleIs422NamingTheLimit() throws Exception {
        given(diagnoses.diagnose(any(), any(), any())).willThrow(new TooManySalespeopleException(12000, 10000));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:too-many-salespeople"))
                .andExpect(jsonPath("$.errors[0].field").value("salespeople"))
                .andExpect(jsonPath("$.detail", containsString("at most 10,000")));
    }

    @Test
    void aFailureOfOursIs500WithoutInternals() throws Exception {
        given(diagnoses.diagnose(any(), any(), any())).willThrow(new IllegalStateException("KieBase exploded at line 42"));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:internal-error"))
                .andExpect(content().string(not(containsString("KieBase"))));
    }

    @Test
    void emptyBodyIs400() throws Exception {
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:malformed-json"));
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{\n  \"period\": 2026-Q3\n}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("line 2")));
    }

    @Test
    void unsupportedContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongMethodIs405Problem() throws Exception {
        mvc.perform(put("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theAnswerSaysWhereItIsRecordedAndWhoAsked() throws Exception {
        given(diagnoses.diagnose(any(), any(), argThat(caller -> "manager".equals(caller.name()))))
                .willReturn(served(answer("en"), 42));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(SampleCompany.json()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_LOCATION, "/api/v1/diagnoses/42"));
    }

    @Test
    void aDiagnosisThatCannotBeRecordedIs503AndNotAnswered() throws Exception {
        given(diagnoses.diagnose(any(), any(), any())).willThrow(
                new DiagnosisNotRecordedException(new CannotGetJdbcConnectionException("connection refused")));
        mvc.perform(post("/api/v1/diagnoses").contentType(MediaType.APPLICATION_JSON).content(SampleCompany.json())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "it"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:salesdiag:problem:not-recorded"))
                .andExpect(jsonPath("$.title").value("La diagnosi non si è potuta registrare"))
                .andExpect(jsonPath("$.whySalesFell").doesNotExist())
                .andExpect(content().string(not(containsString("connection refused"))));
    }

    private static DiagnosisService.Served served(DiagnosisResponse response) {
        return served(response, 1);
    }

    private static DiagnosisService.Served served(DiagnosisResponse response, long recordId) {
        return new DiagnosisService.Served(response, JsonMapper.builder().build().writeValueAsBytes(response), recordId);
    }

    private static DiagnosisResponse answer(String language) {
        return new DiagnosisResponse("padana", "Idraulica Padana S.p.A.", "2026-Q3", null, language, "v", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
