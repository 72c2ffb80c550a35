package com.salesdiag.service.engine;

import com.salesdiag.engine.DiagnosisEngine;

/**
 * Where the service gets the engine for each request. Callers ask on every request instead of keeping the
 * engine, so that an implementation can swap in a reloaded ruleset without restarting.
 */
@FunctionalInterface
public interface EngineProvider {

    DiagnosisEngine current();
}
