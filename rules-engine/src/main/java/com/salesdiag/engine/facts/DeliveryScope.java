package com.salesdiag.engine.facts;

public enum DeliveryScope { PRODUCT, DEPARTMENT }
