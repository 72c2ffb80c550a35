package com.salesdiag.service.facts;

import com.salesdiag.engine.facts.DeliveryScope;
import com.salesdiag.engine.facts.GoalLevel;
import com.salesdiag.engine.facts.Incentive;
import com.salesdiag.engine.facts.PlanKind;
import com.salesdiag.engine.facts.PlanStatus;
import com.salesdiag.engine.facts.TrainingTopic;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of one company as the API accepts them: the engine's fact model ({@code CompanyFacts}) field for
 * field, with boxed values so that a missing field is told apart from a zero, and the constraints a sales
 * manager's export must meet. Cross-record rules (ids, references, periods) are in {@link FactsValidator}.
 */
@Schema(name = "CompanyFacts", description = "Everything known about one company: the period under diagnosis "
        + "plus any earlier periods. A list absent is a kind of fact not sent: unknown, never \"none happened\"; "
        + "a list sent empty says none happened. Salespeople are required.")
public record FactsInput(
        @NotNull @Valid Company company,
        @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
        @Schema(description = "The period under diagnosis", example = "2026-Q3", requiredMode = Schema.RequiredMode.REQUIRED)
        String period,
        List<@NotNull @Valid Department> departments,
        @NotEmpty(message = "{salesdiag.facts.noSalespeople}") List<@NotNull @Valid Salesperson> salespeople,
        List<@NotNull @Valid Goal> goals,
        List<@NotNull @Valid SalesResult> results,
        List<@NotNull @Valid Product> products,
        List<@NotNull @Valid ProductPerformance> productPerformance,
        List<@NotNull @Valid DeliveryPerformance> delivery,
        List<@NotNull @Valid CustomerService> customerService,
        List<@NotNull @Valid MarketingPerformance> marketing,
        List<@NotNull @Valid MarketIndicator> marketIndicators,
        List<@NotNull @Valid Training> trainings,
        List<@NotNull @Valid CoachingPlan> coachingPlans,
        List<@NotNull @Valid Recognition> recognitions,
        List<@NotNull @Valid FeedbackCollection> feedback,
        List<@NotNull @Valid TechniqueUse> techniques,
        @Schema(description = "Kinds of fact not sent: unknown, not none. Filled in from the lists absent from the "
                + "request; a list sent empty ([]) says none happened.", accessMode = Schema.AccessMode.READ_ONLY)
        List<String> notSent,
        @Schema(description = "The last day the facts of the period under diagnosis cover, when not the whole "
                + "period (an export cut on a date). A period not over when diagnosed is covered through the day "
                + "of the diagnosis. Part of a period is judged against goals only when prorateGoals is true, and "
                + "never coaches, reviews or recognises anybody.", example = "2026-08-07")
        LocalDate dataThrough,
        @Schema(description = "With dataThrough: judge goals prorated to the days covered (a 100,000 quarter "
                + "covered 46 of 92 days counts as 50,000). Without it, part of a period is not judged against "
                + "the goal.")
        Boolean prorateGoals) {

    /** A month ({@code 2026-09}) or a quarter ({@code 2026-Q3}). */
    public static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2]|Q[1-4])";
    static final String PERIOD_MESSAGE = "{salesdiag.facts.period}";
    static final String RATE = "{salesdiag.facts.rate}";
    /**
     * The largest figure accepted, so that every figure is finite ({@code 1e400} and {@code Infinity} read as
     * infinity) and money totals of a whole company stay exact to the unit in a double. Far above any real quarter.
     */
    static final String FIGURE_MAX = "1e15";
    static final String TOO_LARGE = "{salesdiag.facts.tooLarge}";
    /**
     * The largest count accepted (deals, orders, answers, leads): far above any real period, and low enough that
     * the counts of a whole company add up exactly in 64 bits and in a double; 2,147,483,647 deals lost by two
     * salespeople added up in 32 bits to -2.
     */
    static final long COUNT_MAX = 1_000_000_000L;
    static final String COUNT_TOO_LARGE = "{salesdiag.facts.countTooLarge}";

    /** Every list absent from the request counts as not sent. */
    public FactsInput(Company company, String period, List<Department> departments, List<Salesperson> salespeople,
                      List<Goal> goals, List<SalesResult> results, List<Product> products,
                      List<ProductPerformance> productPerformance, List<DeliveryPerformance> delivery,
                      List<CustomerService> customerService, List<MarketingPerformance> marketing,
                      List<MarketIndicator> marketIndicators, List<Training> trainings, List<CoachingPlan> coachingPlans,
                      List<Recognition> recognitions, List<FeedbackCollection> feedback, List<TechniqueUse> techniques) {
        this(company, period, departments, salespeople, goals, results, products, productPerformance, delivery,
                customerService, marketing, marketIndicators, trainings, coachingPlans, recognitions, feedback,
                techniques, null, null, null);
    }

    public FactsInput {
        // Before the lists default to empty: an absent list is a kind of fact not sent (unknown), an empty one is none.
        java.util.TreeSet<String> absent = new java.util.TreeSet<>();
        if (notSent != null) {
            notSent.stream().filter(java.util.Objects::nonNull).forEach(absent::add);
        }
        Object[][] lists = {{"goals", goals}, {"results", results}, {"productPerformance", productPerformance},
                {"delivery", delivery}, {"customerService", customerService}, {"marketing", marketing},
                {"marketIndicators", marketIndicators}, {"trainings", trainings}, {"coachingPlans", coachingPlans},
                {"recognitions", recognitions}, {"feedback", feedback}, {"techniques", techniques}};
        for (Object[] list : lists) {
            if (list[1] == null) {
                absent.add((String) list[0]);
            }
        }
        notSent = List.copyOf(absent);
        departments = orEmpty(departments);
        salespeople = orEmpty(salespeople);
        goals = orEmpty(goals);
        results = orEmpty(results);
        products = orEmpty(products);
        productPerformance = orEmpty(productPerformance);
        delivery = orEmpty(delivery);
        customerService = orEmpty(customerService);
        marketing = orEmpty(marketing);
        marketIndicators = orEmpty(marketIndicators);
        trainings = orEmpty(trainings);
        coachingPlans = orEmpty(coachingPlans);
        recognitions = orEmpty(recognitions);
        feedback = orEmpty(feedback);
        techniques = orEmpty(techniques);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record Company(
            @NotBlank @Schema(example = "padana", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(example = "Idraulica Padana S.p.A.") String name,
            @Min(value = 1, message = "{salesdiag.facts.month}") @Max(value = 12, message = "{salesdiag.facts.month}")
            @Schema(description = "The month (1-12) the fiscal year starts in, when quarters are fiscal quarters: with 7, "
                    + "2012-Q1 is July to September 2011 (a fiscal year is named by the calendar year it ends in). "
                    + "Absent: calendar quarters. Months are always calendar months.", example = "7")
            Integer fiscalYearStartMonth) {

        public Company(String id, String name) {
            this(id, name, null);
        }
    }

    public record Department(
            @NotBlank @Schema(example = "north-west", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(example = "Nord-Ovest") String name) {
    }

    @Schema(description = "A member of the sales staff")
    public record Salesperson(
            @NotBlank @Schema(example = "marco", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(example = "Marco Colombo") String name,
            @NotBlank @Schema(description = "One of departments[].id", requiredMode = Schema.RequiredMode.REQUIRED) String departmentId,
            @Schema(description = "Capability is not judged during the ramp-up after this date") LocalDate hireDate,
            @Schema(description = "The products this person sells; each one of products[].id")
            List<@NotBlank String> productIds,
            @Schema(description = "Who this person is compared with; defaults to the department") String peerGroup) {
    }

    @Schema(description = "A revenue goal for one period")
    public record Goal(
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) GoalLevel level,
            @NotBlank @Schema(description = "A salesperson id, a department id, or the company id, by level",
                    requiredMode = Schema.RequiredMode.REQUIRED) String subjectId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(example = "2026-Q3", requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @NotNull @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) @Schema(description = "0 means no goal", example = "120000",
                    requiredMode = Schema.RequiredMode.REQUIRED) Double target,
            @Schema(description = "When the goal was discussed with the people it binds; absent if not known")
            LocalDate discussedOn,
            @Schema(description = "false: the goal was never discussed; absent: not known (true when discussedOn is given)")
            Boolean discussed) {
    }

    @Schema(description = "What one salesperson sold in one period")
    public record SalesResult(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String salespersonId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(example = "2026-Q3", requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @NotNull @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) 
            @Schema(example = "93600", requiredMode = Schema.RequiredMode.REQUIRED) Double revenue,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Absent if not known") Integer dealsWon,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Absent if not known") Integer dealsLost,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Deals lost because the price was not competitive; absent if not known") Integer lostOnPrice,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Deals lost for product function or quality; absent if not known") Integer lostOnProduct,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "Average discount granted, 0..1; absent if not known", example = "0.12") Double averageDiscount) {
    }

    public record Product(
            @NotBlank @Schema(example = "vortex", requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @Schema(example = "Vortex valve") String name) {
    }

    @Schema(description = "A product against its competitors in one period")
    public record ProductPerformance(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String productId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) 
            @Schema(description = "Our quality or feature score")
            Double qualityScore,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) 
            @Schema(description = "The best competitor's score on the same scale") Double competitorQualityScore,
            @Positive @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) 
            @Schema(description = "Our price / competitors' average price (1.0 = on par)",
                    example = "1.19") Double priceIndex,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE) 
            @Schema(description = "What the product sold in the period") Double revenue) {
    }

    @Schema(description = "Production and delivery for one product or one department in one period")
    public record DeliveryPerformance(
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeliveryScope scope,
            @NotBlank @Schema(description = "A department id or a product id, by scope",
                    requiredMode = Schema.RequiredMode.REQUIRED) String scopeId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "Share of orders delivered on time, 0..1; absent if not known", example = "0.78")
            Double onTimeRate,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE)
            @Schema(description = "Average delay of late orders, in days; absent if not known") Double averageDelayDays,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE)
            @Schema(description = "Open orders in days of production; absent if not known") Double backlogDays,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero
            @Schema(description = "Orders the rate and the delay were measured on; with too few (thresholds table) "
                    + "they neither establish nor exclude a delay. Absent: the figures are taken as they are.")
            Integer orders) {
    }

    @Schema(description = "Customer service and follow-up for one department in one period")
    public record CustomerService(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String departmentId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @PositiveOrZero @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE)
            @Schema(description = "Absent if not known") Double complaintsPer100Orders,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "0..1; absent if not known") Double satisfaction,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "Share of follow-ups still open, 0..1; absent if not known")
            Double unresolvedFollowUpRate,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero
            @Schema(description = "Customers' answers the satisfaction figure rests on; with too few (thresholds "
                    + "table) it neither establishes nor excludes a problem. Absent: the figure is taken as it is.")
            Integer responses) {
    }

    @Schema(description = "Marketing support for one department in one period")
    public record MarketingPerformance(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String departmentId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Absent if not known") Integer leads,
            @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(description = "Absent if not known") Integer leadsPlanned,
            @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "Share of leads in the target audience, 0..1; absent if not known")
            Double audienceFit) {
    }

    @Schema(description = "Demand in the market, from outside the company")
    public record MarketIndicator(
            @Schema(description = "The department's market; absent for the whole company's") String departmentId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @NotNull @DecimalMin(value = "-1", message = "{salesdiag.facts.demandChange}") @DecimalMax(value = FIGURE_MAX, message = TOO_LARGE)
            @Schema(description = "Relative change of demand on the previous period (-0.08 = down 8 %)",
                    example = "-0.08", requiredMode = Schema.RequiredMode.REQUIRED) Double demandChange) {
    }

    @Schema(description = "A training a salesperson attended")
    public record Training(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String salespersonId,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TrainingTopic topic,
            @Schema(description = "The product, when the topic is PRODUCT") String productId,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date) {
    }

    @Schema(description = "Personal coaching or additional training for one salesperson")
    public record CoachingPlan(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String salespersonId,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanKind kind,
            LocalDate start,
            LocalDate end,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanStatus status,
            @Schema(description = "Where the plan, its goals and sessions are written down; absent if undocumented")
            String documentation) {
    }

    @Schema(description = "A past recognition")
    public record Recognition(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String salespersonId,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
            @Schema(description = "Absent for recognition without an incentive") Incentive incentive) {
    }

    @Schema(description = "Customer feedback a department asked for in one period")
    public record FeedbackCollection(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String departmentId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @NotNull @Max(value = COUNT_MAX, message = COUNT_TOO_LARGE) @PositiveOrZero @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer responses,
            @NotNull @DecimalMin(value = "0", message = RATE) @DecimalMax(value = "1", message = RATE)
            @Schema(description = "Average satisfaction of the answers, 0..1", requiredMode = Schema.RequiredMode.REQUIRED)
            Double satisfaction) {
    }

    @Schema(description = "A sales technique a salesperson used in a period")
    public record TechniqueUse(
            @NotBlank @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String salespersonId,
            @NotBlank @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE)
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String period,
            @NotBlank @Schema(example = "reference visits", requiredMode = Schema.RequiredMode.REQUIRED) String technique) {
    }
}
