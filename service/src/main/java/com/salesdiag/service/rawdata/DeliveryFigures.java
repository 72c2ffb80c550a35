package com.salesdiag.service.rawdata;

/**
 * Deliveries of one department or product in one period (by order date). An order is on time when shipped on or
 * before the date required (its latest line against its earliest required date); an order not shipped yet is
 * open, neither on time nor late; an order shipped without a required date cannot be judged and is only counted.
 */
final class DeliveryFigures {

    long shipped;
    long late;
    long daysLate;
    long open;
    long withoutRequiredDate;
    long lines;

    Double onTimeRate() {
        return shipped == 0 ? null : (double) (shipped - late) / shipped;
    }

    Double averageDelayDays() {
        return shipped == 0 ? null : late == 0 ? 0.0 : (double) daysLate / late;
    }
}
