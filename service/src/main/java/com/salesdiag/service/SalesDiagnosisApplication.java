package com.salesdiag.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;

/**
 * The service. Boot's resource-server and OAuth2 client auto-configurations are left out:
 * {@code security.ConfiguredJwtDecoder} builds the bearer-token decoder, and {@code security.OidcSignIn} the
 * console's provider sign-in, from the same settings at start, so that ahead-of-time processed starts
 * ({@code fast-start.sh}) follow the configuration they are given rather than the one the build saw.
 */
@SpringBootApplication(exclude = {OAuth2ResourceServerAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
        OAuth2ClientWebSecurityAutoConfiguration.class})
public class SalesDiagnosisApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDiagnosisApplication.class, args);
    }
}
