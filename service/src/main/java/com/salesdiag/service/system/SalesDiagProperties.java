package com.salesdiag.service.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings, under {@code salesdiag.*}.
 *
 * @param maxPayloadSize    largest request body, JSON or all CSV files together; larger requests get 413. The
 *                          default fits a 10,000-salesperson company with a year of monthly history.
 * @param maxFormParts      most parts (files and fields) in one multipart form: Tomcat's
 *                          {@code server.tomcat.max-part-count}, which application.properties ties to it; more get 413
 * @param maxSalespeople    most salespeople in one request; more get 422
 * @param maxReportedErrors most errors listed in one problem detail (the total is always given)
 * @param defaultLanguage   language of the answer when the request names no supported one ({@code ?lang=},
 *                          Accept-Language)
 * @param maxIdLength       longest id (of a company, department, salesperson, product, plan; peer groups and
 *                          periods too), in characters; longer gets 422 naming the field
 * @param maxNameLength     longest name (of a company, department, salesperson, product) or technique
 * @param maxTextLength     longest free text (a coaching plan's documentation)
 * @param maxListSize       most records in any list of the facts (goals, results, ...)
 * @param maxProductsPerSalesperson most products one salesperson sells ({@code productIds})
 * @param maxUploadSize     largest CSV form when it carries raw files (order lines, opportunities): those are
 *                          streamed from disk, not held in memory, so a form may be larger than a JSON body; each
 *                          KPI file in it is still held to {@code maxPayloadSize}. 1 GB fits ~10 million order lines.
 * @param warmUp            after the start, diagnose the sample company once without recording it, so that the
 *                          first request does not pay for what is built on first use (~1.3 s); costs ~60 MiB of
 *                          RSS at once instead of at the first request
 */
@ConfigurationProperties("salesdiag")
public record SalesDiagProperties(
        @DefaultValue("64MB") DataSize maxPayloadSize,
        @DefaultValue("50") int maxFormParts,
        @DefaultValue("10000") int maxSalespeople,
        @DefaultValue("100") int maxReportedErrors,
        @DefaultValue("en") String defaultLanguage,
        @DefaultValue("100") int maxIdLength,
        @DefaultValue("200") int maxNameLength,
        @DefaultValue("2000") int maxTextLength,
        @DefaultValue("250000") int maxListSize,
        @DefaultValue("1000") int maxProductsPerSalesperson,
        @DefaultValue("true") boolean warmUp,
        @DefaultValue("1GB") DataSize maxUploadSize) {
}
