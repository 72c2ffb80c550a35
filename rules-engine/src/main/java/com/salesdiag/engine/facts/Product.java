package com.salesdiag.engine.facts;

public record Product(String id, String name) {
}
