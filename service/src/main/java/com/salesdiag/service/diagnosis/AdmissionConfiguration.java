package com.salesdiag.service.diagnosis;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Room for large request bodies before they are read, on the two ways in of a diagnosis: the API and the console. */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration implements WebMvcConfigurer {

    private final DiagnosisAdmission admission;

    AdmissionConfiguration(DiagnosisAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BodyRoomInterceptor(admission))
                .addPathPatterns("/api/v1/diagnoses", "/console/diagnoses");
    }
}
