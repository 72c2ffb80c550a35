package com.salesdiag.service.rules;

import com.salesdiag.engine.LiveRuleset;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.aot.AbstractAotProcessor;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts loading the serving rules as soon as the configuration is known, before the application context is
 * built. Compiling the ladder takes Drools a few seconds of one core; run beside Spring's own start (context,
 * database migrations, security) on the second core, it no longer adds to the start time. The bean that serves the
 * rules waits for this load, so the service still reports itself started only once the rules are ready.
 * <p>
 * Registered in {@code META-INF/spring.factories}, so it runs for every {@code SpringApplication}, tests included.
 */
public final class EarlyRulesLoading implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return; // the build's ahead-of-time processing only reads bean definitions: nothing will serve rules
        }
        RulesProperties properties = Binder.get(event.getEnvironment())
                .bindOrCreate("salesdiag.rules", RulesProperties.class);
        ConfigurableBootstrapContext bootstrap = event.getBootstrapContext();
        bootstrap.registerIfAbsent(Loading.class, InstanceSupplier.of(Loading.start(properties)));
        bootstrap.addCloseListener(closed -> closed.getApplicationContext().getBeanFactory()
                .registerSingleton("earlyRulesLoading", bootstrap.get(Loading.class)));
    }

    /** A load in progress, and the settings it loads for (a bean bound differently must not take it). */
    static final class Loading {

        private final RulesProperties properties;
        private final CompletableFuture<LiveRuleset> rules;

        private Loading(RulesProperties properties, CompletableFuture<LiveRuleset> rules) {
            this.properties = properties;
            this.rules = rules;
        }

        static Loading start(RulesProperties properties) {
            CompletableFuture<LiveRuleset> rules = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    rules.complete(ServingRulesLoader.load(properties));
                } catch (Throwable failure) {
                    rules.completeExceptionally(failure);
                }
            }, "rules-loading");
            // Daemon: a start that fails elsewhere must not be held up by the compiler.
            loader.setDaemon(true);
            loader.start();
            return new Loading(properties, rules);
        }

        boolean loads(RulesProperties wanted) {
            return Objects.equals(properties, wanted);
        }

        /** Waits for the load; a rejected rules folder fails the start with the checker's own exception. */
        LiveRuleset await() {
            try {
                return rules.join();
            } catch (CompletionException failure) {
                if (failure.getCause() instanceof RuntimeException cause) {
                    throw cause; // RulesetException listing what is wrong with the folder, as a synchronous load
                }
                throw failure;
            }
        }
    }
}
