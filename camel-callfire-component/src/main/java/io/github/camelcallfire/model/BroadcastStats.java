package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Counters shared by text and call broadcast statistics. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class BroadcastStats extends CallfireModel {

    private Integer totalOutboundCount;
    private Integer remainingOutboundCount;
    private Double billedAmount;

    public Integer getTotalOutboundCount() {
        return totalOutboundCount;
    }

    public void setTotalOutboundCount(Integer totalOutboundCount) {
        this.totalOutboundCount = totalOutboundCount;
    }

    public Integer getRemainingOutboundCount() {
        return remainingOutboundCount;
    }

    public void setRemainingOutboundCount(Integer remainingOutboundCount) {
        this.remainingOutboundCount = remainingOutboundCount;
    }

    public Double getBilledAmount() {
        return billedAmount;
    }

    public void setBilledAmount(Double billedAmount) {
        this.billedAmount = billedAmount;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("totalOutboundCount", totalOutboundCount)
                .add("remainingOutboundCount", remainingOutboundCount)
                .add("billedAmount", billedAmount);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
