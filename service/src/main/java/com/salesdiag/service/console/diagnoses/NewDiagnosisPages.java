package com.salesdiag.service.console.diagnoses;

import com.salesdiag.service.csv.CsvFactsReader;
import com.salesdiag.service.diagnosis.DiagnosisService;
import com.salesdiag.service.facts.FactsInput;
import com.salesdiag.service.security.Caller;
import com.salesdiag.service.system.InputError;
import com.salesdiag.service.system.SalesDiagProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A manager starts a diagnosis: CSV files (one per kind of fact, recognised by name, and the raw exports the API
 * adds up: order lines, opportunities and their mapping), a JSON file, or the sample company. The diagnosis is the API's ({@link DiagnosisService}: the same validation, recording and messages); its
 * answer opens on the answer page, or the problems are listed at their file, row and column.
 */
@Controller
@RequestMapping("/console/diagnoses")
class NewDiagnosisPages {

    private final DiagnosisService diagnoses;
    private final JsonMapper json;
    private final MessageSource messages;

    /** A file of facts is read whole, so each is held to the API's limit for one (raw files may be larger). */
    private final long maxFileSize;

    NewDiagnosisPages(DiagnosisService diagnoses, JsonMapper json, MessageSource messages,
                      SalesDiagProperties properties) {
        this.diagnoses = diagnoses;
        this.json = json;
        this.messages = messages;
        this.maxFileSize = properties.maxPayloadSize().toBytes();
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("kinds", CsvFactsReader.kinds());
        return "console/diagnoses/new";
    }

    @PostMapping
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user,
                  Locale locale, Model model, RedirectAttributes redirect) {
        UploadedFiles uploaded = UploadedFiles.of(files == null ? List.of() : files, maxFileSize);
        model.addAttribute("recognised", uploaded.recognised());
        if (uploaded.empty()) {
            return problems(model, List.of(InputError.atField("files",
                    messages.getMessage("console.upload.noFiles", null, locale))));
        }
        if (!uploaded.tooLarge().isEmpty()) {
            String limit = megabytes(maxFileSize);
            return problems(model, uploaded.tooLarge().stream().map(file -> InputError.inFile(file, null, null,
                    messages.getMessage("console.upload.tooLarge", new Object[]{limit}, locale))).toList());
        }
        FactsInput input = null;
        if (uploaded.json() != null) {
            if (uploaded.recognised().size() > 1) {
                return problems(model, List.of(InputError.atField("files",
                        messages.getMessage("console.upload.jsonAlone", null, locale))));
            }
            String file = uploaded.recognised().get(0).file();
            try {
                input = json.readValue(uploaded.json(), FactsInput.class);
            } catch (JacksonException e) {
                return problems(model, List.of(InputProblems.json(file, e, messages, locale)));
            }
        }
        try {
            DiagnosisService.Served served = input != null
                    ? diagnoses.diagnose(input, locale, Caller.of(user))
                    : diagnoses.diagnoseCsv(uploaded.csv(), uploaded.raw(), locale, Caller.of(user));
            redirect.addFlashAttribute("recognised", uploaded.recognised());
            return "redirect:/console/diagnoses/" + served.recordId();
        } catch (RuntimeException e) {
            return problems(model, InputProblems.of(e, messages, locale).orElseThrow(() -> e));
        }
    }

    @PostMapping("/sample")
    String sample(Authentication user, Locale locale) {
        FactsInput input;
        try (InputStream in = new ClassPathResource("samples/company.json").getInputStream()) {
            input = json.readValue(in, FactsInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/console/diagnoses/" + diagnoses.diagnose(input, locale, Caller.of(user)).recordId();
    }

    /** 64 MB: the limit as people write it. */
    private static String megabytes(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    private String problems(Model model, List<InputError> errors) {
        model.addAttribute("kinds", CsvFactsReader.kinds());
        model.addAttribute("problems", errors);
        return "console/diagnoses/new";
    }
}
