package com.salesdiag.engine.facts;

public record Company(String id, String name) {
}
