package com.salesdiag.engine.facts;

public enum PlanKind { COACHING, ADDITIONAL_TRAINING }
