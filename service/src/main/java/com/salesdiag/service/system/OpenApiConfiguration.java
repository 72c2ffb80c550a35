package com.salesdiag.service.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
                .license(new License().name("Proprietary")));
    }
}
