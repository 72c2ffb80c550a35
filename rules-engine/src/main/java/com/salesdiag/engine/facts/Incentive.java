package com.salesdiag.engine.facts;

public enum Incentive { CASH_BONUS, TIME_OFF, TRIP, BIGGER_OFFICE }
