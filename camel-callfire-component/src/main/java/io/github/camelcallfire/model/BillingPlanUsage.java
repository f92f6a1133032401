package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Credits left in the current billing period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BillingPlanUsage extends CallfireModel {

    private Long intervalStart;
    private Long intervalEnd;
    private Double remainingPlanCredits;
    private Double remainingPayAsYouGoCredits;
    private Double totalRemainingCredits;

    public Long getIntervalStart() {
        return intervalStart;
    }

    public void setIntervalStart(Long intervalStart) {
        this.intervalStart = intervalStart;
    }

    public Long getIntervalEnd() {
        return intervalEnd;
    }

    public void setIntervalEnd(Long intervalEnd) {
        this.intervalEnd = intervalEnd;
    }

    public Double getRemainingPlanCredits() {
        return remainingPlanCredits;
    }

    public void setRemainingPlanCredits(Double remainingPlanCredits) {
        this.remainingPlanCredits = remainingPlanCredits;
    }

    public Double getRemainingPayAsYouGoCredits() {
        return remainingPayAsYouGoCredits;
    }

    public void setRemainingPayAsYouGoCredits(Double remainingPayAsYouGoCredits) {
        this.remainingPayAsYouGoCredits = remainingPayAsYouGoCredits;
    }

    public Double getTotalRemainingCredits() {
        return totalRemainingCredits;
    }

    public void setTotalRemainingCredits(Double totalRemainingCredits) {
        this.totalRemainingCredits = totalRemainingCredits;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("intervalStart", intervalStart)
                .add("intervalEnd", intervalEnd)
                .add("remainingPlanCredits", remainingPlanCredits)
                .add("remainingPayAsYouGoCredits", remainingPayAsYouGoCredits)
                .add("totalRemainingCredits", totalRemainingCredits)
                .toString();
    }
}
