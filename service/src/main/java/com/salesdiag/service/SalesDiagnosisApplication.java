package com.salesdiag.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;

/**
 * The service. Boot's resource-server auto-configuration is left out: {@code security.ConfiguredJwtDecoder} builds
 * the bearer-token decoder from the same settings at start, so that ahead-of-time processed starts
 * ({@code fast-start.sh}) follow the configuration they are given rather than the one the build saw.
 */
@SpringBootApplication(exclude = OAuth2ResourceServerAutoConfiguration.class)
public class SalesDiagnosisApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDiagnosisApplication.class, args);
    }
}
