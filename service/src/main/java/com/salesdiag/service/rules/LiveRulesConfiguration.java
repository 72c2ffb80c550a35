package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import com.salesdiag.service.engine.EngineProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The serving rules: those {@link EarlyRulesLoading} started loading before the context was built, or, when it did
 * not run for these settings, loaded here ({@link ServingRulesLoader}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class LiveRulesConfiguration {

    @Bean
    LiveRuleset liveRuleset(RulesProperties properties, ObjectProvider<EarlyRulesLoading.Loading> early) {
        EarlyRulesLoading.Loading loading = early.getIfAvailable();
        return loading != null && loading.loads(properties) ? loading.await() : ServingRulesLoader.load(properties);
    }

    @Bean
    EngineProvider engineProvider(LiveRuleset live) {
        return live::engine;
    }
}
