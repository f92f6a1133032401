package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A phone number leased by the account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberLease extends Number {

    private Long leaseBegin;
    private Long leaseEnd;
    private Boolean autoRenew;
    private LeaseStatus status;
    private FeatureStatus callFeatureStatus;
    private FeatureStatus textFeatureStatus;
    private List<String> labels;
    private LeaseType type;

    public Long getLeaseBegin() {
        return leaseBegin;
    }

    public void setLeaseBegin(Long leaseBegin) {
        this.leaseBegin = leaseBegin;
    }

    public Long getLeaseEnd() {
        return leaseEnd;
    }

    public void setLeaseEnd(Long leaseEnd) {
        this.leaseEnd = leaseEnd;
    }

    public Boolean getAutoRenew() {
        return autoRenew;
    }

    public void setAutoRenew(Boolean autoRenew) {
        this.autoRenew = autoRenew;
    }

    public LeaseStatus getStatus() {
        return status;
    }

    public void setStatus(LeaseStatus status) {
        this.status = status;
    }

    public FeatureStatus getCallFeatureStatus() {
        return callFeatureStatus;
    }

    public void setCallFeatureStatus(FeatureStatus callFeatureStatus) {
        this.callFeatureStatus = callFeatureStatus;
    }

    public FeatureStatus getTextFeatureStatus() {
        return textFeatureStatus;
    }

    public void setTextFeatureStatus(FeatureStatus textFeatureStatus) {
        this.textFeatureStatus = textFeatureStatus;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public LeaseType getType() {
        return type;
    }

    public void setType(LeaseType type) {
        this.type = type;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("leaseBegin", leaseBegin)
                .add("leaseEnd", leaseEnd)
                .add("autoRenew", autoRenew)
                .add("status", status)
                .add("callFeatureStatus", callFeatureStatus)
                .add("textFeatureStatus", textFeatureStatus)
                .add("labels", labels)
                .add("type", type);
    }
}
