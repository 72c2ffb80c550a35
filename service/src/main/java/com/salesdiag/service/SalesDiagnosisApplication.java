package com.salesdiag.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesDiagnosisApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDiagnosisApplication.class, args);
    }
}
