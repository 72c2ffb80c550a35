package com.salesdiag.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SalesDiagnosisApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDiagnosisApplication.class, args);
    }
}
