package com.salesdiag.engine.facts;

import java.time.LocalDate;

/** A training a salesperson attended; {@code productId} is set when the topic is one product. */
public record Training(String salespersonId, TrainingTopic topic, String productId, LocalDate date) {
}
