package com.salesdiag.service.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/** Puts a {@link FaultyDataSource} in front of the application's DataSource, for every user of it alike. */
@TestConfiguration(proxyBeanMethods = false)
public class FaultInjection {

    @Bean
    static BeanPostProcessor faultyDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof FaultyDataSource) ? new FaultyDataSource(ds) : bean;
            }
        };
    }
}
