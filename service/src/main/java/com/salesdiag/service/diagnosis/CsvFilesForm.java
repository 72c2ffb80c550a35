package com.salesdiag.service.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;

/** Documents the CSV form for OpenAPI: one optional file per kind of fact. Not used at run time. */
@Schema(name = "CsvFiles", description = "One CSV file per kind of fact; columns are the JSON field names "
        + "(see the CompanyFacts schema), or raw exports (orderLines, opportunities) the service adds up. Lists of ids are written a|b|c. Comma, semicolon or tab separated; with "
        + "semicolons, numbers may use a decimal comma. UTF-8 (BOM allowed) or Windows-1252.")
record CsvFilesForm(
        @Schema(type = "string", format = "binary", description = "One row: id,name,period", requiredMode = Schema.RequiredMode.REQUIRED) String company,
        @Schema(type = "string", format = "binary", description = "id,name") String departments,
        @Schema(type = "string", format = "binary", description = "id,name,departmentId,hireDate,productIds,peerGroup",
                requiredMode = Schema.RequiredMode.REQUIRED) String salespeople,
        @Schema(type = "string", format = "binary", description = "level,subjectId,period,target,discussedOn",
                requiredMode = Schema.RequiredMode.REQUIRED) String goals,
        @Schema(type = "string", format = "binary",
                description = "salespersonId,period,revenue,dealsWon,dealsLost,lostOnPrice,lostOnProduct,averageDiscount") String results,
        @Schema(type = "string", format = "binary", description = "id,name") String products,
        @Schema(type = "string", format = "binary",
                description = "productId,period,qualityScore,competitorQualityScore,priceIndex,revenue") String productPerformance,
        @Schema(type = "string", format = "binary",
                description = "scope,scopeId,period,onTimeRate,averageDelayDays,backlogDays") String delivery,
        @Schema(type = "string", format = "binary",
                description = "departmentId,period,complaintsPer100Orders,satisfaction,unresolvedFollowUpRate") String customerService,
        @Schema(type = "string", format = "binary", description = "departmentId,period,leads,leadsPlanned,audienceFit") String marketing,
        @Schema(type = "string", format = "binary", description = "departmentId,period,demandChange") String marketIndicators,
        @Schema(type = "string", format = "binary", description = "salespersonId,topic,productId,date") String trainings,
        @Schema(type = "string", format = "binary",
                description = "id,salespersonId,kind,start,end,status,documentation") String coachingPlans,
        @Schema(type = "string", format = "binary", description = "salespersonId,date,incentive") String recognitions,
        @Schema(type = "string", format = "binary", description = "departmentId,period,responses,satisfaction") String feedback,
        @Schema(type = "string", format = "binary", description = "salespersonId,period,technique") String techniques,
        @Schema(type = "string", format = "binary", description = "Raw order lines, added up into results and "
                + "delivery: orderId,orderDate,salespersonId,departmentId,productId,quantity,unitPrice, optionally "
                + "discount,requiredDate,shippedDate (or an export's usual names; see docs/raw-data.md)") String orderLines,
        @Schema(type = "string", format = "binary", description = "Raw opportunities, added up into deals: "
                + "opportunityId,salespersonId,closeDate,outcome, optionally amount,lossReason") String opportunities,
        @Schema(type = "string", format = "binary", description = "How the raw files name things: what,from,to "
                + "(column, dateFormat, decimal, outcome, lossReason, newSubjects)") String mapping) {
}
