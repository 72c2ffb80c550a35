package com.salesdiag.engine.facts;

public enum PlanStatus { PLANNED, IN_PROGRESS, COMPLETED, ABANDONED }
