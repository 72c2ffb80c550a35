package com.salesdiag.engine.derived;

/** A sales technique somebody used; derived once per name so that rules count its users once. */
public record Technique(String name) {
}
