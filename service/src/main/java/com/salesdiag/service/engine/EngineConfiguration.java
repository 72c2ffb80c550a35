package com.salesdiag.service.engine;

import com.salesdiag.engine.DiagnosisEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One engine, compiled at startup from the rules packaged with the product. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    EngineProvider engineProvider() {
        long start = System.nanoTime();
        DiagnosisEngine engine = DiagnosisEngine.withPackagedRules();
        log.atInfo().addKeyValue("rulesVersion", engine.ruleset().version())
                .addKeyValue("rules", engine.ruleset().rules().size())
                .addKeyValue("compileMs", (System.nanoTime() - start) / 1_000_000)
                .log("Packaged rules compiled");
        return () -> engine;
    }
}
