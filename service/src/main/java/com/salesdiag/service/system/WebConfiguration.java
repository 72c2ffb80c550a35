package com.salesdiag.service.system;

import com.salesdiag.service.diagnosis.Languages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.Locale;

/**
 * The answer's language comes from Accept-Language: English or Italian, else the configured default. A
 * {@link WebMvcConfigurer} so that web-slice tests get the same language and settings as the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesDiagProperties.class)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(SalesDiagProperties properties) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(Languages.SUPPORTED);
        resolver.setDefaultLocale(Locale.forLanguageTag(properties.defaultLanguage()));
        return resolver;
    }
}
