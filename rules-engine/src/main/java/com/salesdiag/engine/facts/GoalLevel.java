package com.salesdiag.engine.facts;

/** Whose goal: one salesperson, a department, or the whole company. */
public enum GoalLevel { SALESPERSON, DEPARTMENT, COMPANY }
