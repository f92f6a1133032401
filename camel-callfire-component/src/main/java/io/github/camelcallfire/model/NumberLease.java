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
    private String status;
    private String callFeatureStatus;
    private String textFeatureStatus;
    private List<String> labels;
    private String type;

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

    /** {@link LeaseStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text. */
    public LeaseStatus getStatus() {
        return LenientEnum.parse(LeaseStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(LeaseStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    /**
     * {@link FeatureStatus#UNKNOWN} for a value this version does not know; {@link #getRawCallFeatureStatus()} has the
     * text.
     */
    public FeatureStatus getCallFeatureStatus() {
        return LenientEnum.parse(FeatureStatus.class, callFeatureStatus);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setCallFeatureStatus(FeatureStatus callFeatureStatus) {
        this.callFeatureStatus = LenientEnum.wire(callFeatureStatus, this.callFeatureStatus, "callFeatureStatus");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawCallFeatureStatus() {
        return callFeatureStatus;
    }

    public void setRawCallFeatureStatus(String callFeatureStatus) {
        this.callFeatureStatus = callFeatureStatus;
    }

    /**
     * {@link FeatureStatus#UNKNOWN} for a value this version does not know; {@link #getRawTextFeatureStatus()} has the
     * text.
     */
    public FeatureStatus getTextFeatureStatus() {
        return LenientEnum.parse(FeatureStatus.class, textFeatureStatus);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setTextFeatureStatus(FeatureStatus textFeatureStatus) {
        this.textFeatureStatus = LenientEnum.wire(textFeatureStatus, this.textFeatureStatus, "textFeatureStatus");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawTextFeatureStatus() {
        return textFeatureStatus;
    }

    public void setRawTextFeatureStatus(String textFeatureStatus) {
        this.textFeatureStatus = textFeatureStatus;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    /** {@link LeaseType#UNKNOWN} for a value this version does not know; {@link #getRawType()} has the text. */
    public LeaseType getType() {
        return LenientEnum.parse(LeaseType.class, type);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setType(LeaseType type) {
        this.type = LenientEnum.wire(type, this.type, "type");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawType() {
        return type;
    }

    public void setRawType(String type) {
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
