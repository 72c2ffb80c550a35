package com.salesdiag.service.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers in a request body are JSON numbers of the right kind. By default Jackson reads {@code "48000"} as a
 * number and {@code 3.5} as the whole number 3 (and {@code -0.5} as 0, past the check that it is not negative):
 * a count silently changed is a figure the diagnosis then rests on. The CSV reader refuses the same values.
 */
@Configuration(proxyBeanMethods = false)
public class StrictNumbersConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        return builder -> builder
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, decimals -> decimals
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }
}
