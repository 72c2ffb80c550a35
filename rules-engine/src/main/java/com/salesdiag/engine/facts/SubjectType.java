package com.salesdiag.engine.facts;

/** What a finding or recommendation is about. */
public enum SubjectType { COMPANY, DEPARTMENT, SALESPERSON, PRODUCT, TECHNIQUE }
