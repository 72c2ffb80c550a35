package com.salesdiag.service.csv;

import com.salesdiag.service.support.SampleCompany;
import com.salesdiag.service.system.InputError;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@code -F company=@company.csv -F company=@cq2.csv}: the second file neither replaces nor joins the first. */
class OneFilePerPartTests {

    @Test
    void twoFilesInOnePartAreRefusedNamingThePartAndTheSecondFile() {
        List<CsvUpload> uploads = new ArrayList<>();
        SampleCompany.csv().forEach((part, text) ->
                uploads.add(new CsvUpload(part, part + ".csv", text.getBytes(StandardCharsets.UTF_8))));
        uploads.add(new CsvUpload("company", "cq2.csv",
                "id,name,period\npadana,Idraulica Padana,2026-Q2\n".getBytes(StandardCharsets.UTF_8)));

        List<InputError> errors = catchThrowableOfType(UnreadableInputException.class,
                () -> new CsvFactsReader(messages()).read(uploads)).errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("cq2.csv");
            assertThat(e.message()).isEqualTo("Send one file in the form part 'company'.");
        });
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
