package com.salesdiag.service.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerJwt";

    @Bean
    OpenAPI salesDiagnosisApi() {
        return new OpenAPI().info(new Info()
                .title("Sales diagnosis")
                .version("v1")
                .description("Why did sales fall? Send a company's facts (JSON, or CSV files exported from a CRM or a "
                        + "spreadsheet) and get the causes ranked by how much of the shortfall they explain, a status "
                        + "per salesperson and what each department should do, in English or Italian "
                        + "(?lang=en | it, or Accept-Language). Every finding and recommendation names its rule and evidence. "
                        + "Errors are RFC 9457 problem details naming the field, or the CSV file, row and column.")
                .license(new License().name("Proprietary")))
                // How to sign in, so that Swagger UI offers "Authorize": a user name and password, or a JWT of the
                // OpenID Connect provider; either one answers every operation that is not public.
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The users of salesdiag.security.users (the demo users: README)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("A JWT of the OpenID Connect issuer the service is configured with")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
