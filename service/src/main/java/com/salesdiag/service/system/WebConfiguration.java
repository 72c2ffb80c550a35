package com.salesdiag.service.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/**
 * The answer's language comes from {@code ?lang=} or Accept-Language: English or Italian, else the configured
 * default ({@link LanguageResolver}). A {@link WebMvcConfigurer} so that web-slice tests get the same language and
 * settings as the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesDiagProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(SalesDiagProperties properties) {
        return new LanguageResolver(Languages.SUPPORTED, Locale.forLanguageTag(properties.defaultLanguage()));
    }

    @Bean
    Problems problems(MessageSource messages, SalesDiagProperties properties) {
        return new Problems(messages, properties);
    }
}
