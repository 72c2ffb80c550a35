package com.salesdiag.service.rawdata;

/** Why a deal was lost, as far as the ladder cares: on price (step 2), on the product (step 1), or otherwise. */
public enum LossCause { PRICE, PRODUCT, OTHER }
