package com.salesdiag.service.rawdata;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What an answer diagnosed from raw files was computed from: each file read, and each figure the service added up,
 * with the number of lines, orders or opportunities behind it, so that a figure resting on a handful is visible
 * (the thresholds' minimums apply to these very counts).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Present when raw files (order lines, opportunities) were sent: the files read and every "
        + "figure added up from them, with the lines, orders and opportunities behind it")
public record ComputedFrom(List<FileRead> files, List<ResultFrom> results, List<DeliveryFrom> delivery,
                           List<ReasonFrom> lossReasons) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One raw file: its rows, those after the period under diagnosis (not used), the columns "
            + "that name no field (left aside), and the periods its lines fall in")
    public record FileRead(String file, String kind, long rows, Long afterPeriod, Long openOpportunities,
                           List<String> columnsIgnored, String firstPeriod, String lastPeriod) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "The sales figures of one salesperson in one period, as sent to the diagnosis, and what "
            + "they rest on. revenueFrom: orderLines, opportunities (won amounts, no order lines sent) or results "
            + "(the KPI file); absent counts were not computed from raw files")
    public record ResultFrom(String salespersonId, String period, Double revenue, String revenueFrom, Long lines,
                             Long orders, Double averageDiscount, Integer dealsWon, Integer dealsLost,
                             Integer lostOnPrice, Integer lostOnProduct, Long lostWithoutReason, Long opportunities) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Deliveries of one department (scope DEPARTMENT) in one period: orders shipped (the rate rests on "
            + "them), late among them (the delay rests on them), open (not shipped yet, neither on time nor late), "
            + "shipped without a required date (not judged), and the order lines behind them")
    public record DeliveryFrom(String scope, String scopeId, String period, Double onTimeRate,
                               Double averageDelayDays, long orders, long lateOrders, long openOrders,
                               long ordersWithoutRequiredDate, long lines) {
    }

    @Schema(description = "A loss reason as the opportunities write it, the cause it was counted under (PRICE, "
            + "PRODUCT, OTHER) and the lost deals that gave it; … stands for reasons past the first 100")
    public record ReasonFrom(String reason, LossCause countedAs, long lostDeals) {
    }
}
