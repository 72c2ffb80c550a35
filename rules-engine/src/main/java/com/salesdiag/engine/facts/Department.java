package com.salesdiag.engine.facts;

public record Department(String id, String name) {
}
