package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the service serves are the ones loaded beside Spring's start, not a second, later compilation. */
@SpringBootTest
class EarlyRulesLoadingTests {

    @Autowired
    EarlyRulesLoading.Loading loading;

    @Autowired
    RulesProperties properties;

    @Autowired
    LiveRuleset live;

    @Test
    void theServingRulesComeFromTheLoadStartedBeforeTheContext() {
        assertThat(loading.loads(properties)).isTrue();
        assertThat(live).isSameAs(loading.await());
    }
}
