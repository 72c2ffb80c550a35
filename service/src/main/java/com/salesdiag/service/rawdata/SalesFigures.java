package com.salesdiag.service.rawdata;

/**
 * What the raw files say of one salesperson in one period, and how many lines, orders and opportunities it rests
 * on. Revenue is the sum of quantity × unit price × (1 − discount) of the order lines; the average discount is
 * weighted by the lines' value before discount (the share of the list value given away), so a big order's
 * discount weighs more than a small one's.
 */
final class SalesFigures {

    double revenue;
    double valueBeforeDiscount;
    double discountGiven;
    long lines;
    long orders;

    long won;
    long lost;
    long lostOnPrice;
    long lostOnProduct;
    /** Lost deals without a reason: the shares lost on price and on product are then unknown. */
    long lostWithoutReason;
    long opportunities;
    double wonAmount;
    boolean wonAmountKnown = true;

    Double averageDiscount() {
        return valueBeforeDiscount > 0 ? discountGiven / valueBeforeDiscount : null;
    }
}
