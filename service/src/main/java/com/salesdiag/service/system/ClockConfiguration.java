package com.salesdiag.service.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The service's idea of today, in the machine's time zone: a period under diagnosis that has not ended is covered
 * only through today. One bean, so that tests can set the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
