package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Credits used in a time interval. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CreditUsage extends CallfireModel {

    private Long intervalBegin;
    private Long intervalEnd;
    private Integer callsDurationMinutes;
    private Integer textsSent;
    private Double creditsUsed;

    public Long getIntervalBegin() {
        return intervalBegin;
    }

    public void setIntervalBegin(Long intervalBegin) {
        this.intervalBegin = intervalBegin;
    }

    public Long getIntervalEnd() {
        return intervalEnd;
    }

    public void setIntervalEnd(Long intervalEnd) {
        this.intervalEnd = intervalEnd;
    }

    public Integer getCallsDurationMinutes() {
        return callsDurationMinutes;
    }

    public void setCallsDurationMinutes(Integer callsDurationMinutes) {
        this.callsDurationMinutes = callsDurationMinutes;
    }

    public Integer getTextsSent() {
        return textsSent;
    }

    public void setTextsSent(Integer textsSent) {
        this.textsSent = textsSent;
    }

    public Double getCreditsUsed() {
        return creditsUsed;
    }

    public void setCreditsUsed(Double creditsUsed) {
        this.creditsUsed = creditsUsed;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("intervalBegin", intervalBegin)
                .add("intervalEnd", intervalEnd)
                .add("callsDurationMinutes", callsDurationMinutes)
                .add("textsSent", textsSent)
                .add("creditsUsed", creditsUsed)
                .toString();
    }
}
