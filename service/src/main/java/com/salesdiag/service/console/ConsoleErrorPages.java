package com.salesdiag.service.console;

import com.salesdiag.service.system.SalesDiagProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The console's error page, for every status, in the reader's language and with the console's menu: what went
 * wrong in a sentence, never a stack trace, Spring's "Whitelabel" page or the API's JSON. Used for errors the
 * console's handlers meet ({@link ConsoleExceptionResolver}) and for those met before any handler, which reach
 * the error dispatch ({@link ConsoleErrorViews}: an upload over the limit, refused while the form is read).
 */
@Component
class ConsoleErrorPages {

    /** Statuses with words of their own; any other is said as its class (4xx as 400, 5xx as 500). */
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 413, 500, 503);

    private final MessageSource messages;
    private final DataSize uploadLimit;

    ConsoleErrorPages(MessageSource messages, SalesDiagProperties properties) {
        this.messages = messages;
        this.uploadLimit = properties.maxUploadSize();
    }

    ModelAndView page(int status, HttpServletRequest request, Authentication user, Locale locale) {
        Model model = new ExtendedModelMap();
        ConsolePage.fill(model, user, locale, request);
        int worded = WORDED.contains(status) ? status : status >= 500 ? 500 : 400;
        model.addAttribute("status", status);
        model.addAttribute("errorTitle", messages.getMessage("console.error." + worded + ".title", null, locale));
        Object argument = switch (worded) {
            case 413 -> size(uploadLimit, locale);
            case 500 -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                    .withZone(ZoneId.systemDefault()).format(Instant.now());
            default -> null;
        };
        model.addAttribute("errorText", messages.getMessage("console.error." + worded + ".text", new Object[]{argument},
                locale));
        ModelAndView page = new ModelAndView("console/error", model.asMap());
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    /** The signed-in user of a request the console's security chain did not see (the error dispatch): its session's. */
    static Authentication sessionUser(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return null;
        }
        return new HttpSessionSecurityContextRepository().loadDeferredContext(request).get().getAuthentication();
    }

    /** 1 GB, 64 MB: as people write sizes. */
    private static String size(DataSize size, Locale locale) {
        long bytes = size.toBytes();
        java.text.NumberFormat number = java.text.NumberFormat.getInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes >= 1L << 30) {
            return number.format(bytes / (double) (1L << 30)) + " GB";
        }
        if (bytes >= 1L << 20) {
            return number.format(bytes / (double) (1L << 20)) + " MB";
        }
        return number.format(bytes / 1024.0) + " KB";
    }
}
