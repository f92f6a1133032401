package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Fields shared by text and call broadcasts (campaigns). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Broadcast extends CallfireModel {

    private Long id;
    private String name;
    private String status;
    private Long lastModified;
    private String fromNumber;
    private List<String> labels;
    private Integer maxActive;
    private LocalTimeRestriction localTimeRestriction;
    private List<Schedule> schedules;
    private Boolean resumeNextDay;
    private RetryConfig retryConfig;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@link BroadcastStatus#UNKNOWN} for a value this version does not know; {@link #getRawStatus()} has the text. */
    public BroadcastStatus getStatus() {
        return LenientEnum.parse(BroadcastStatus.class, status);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setStatus(BroadcastStatus status) {
        this.status = LenientEnum.wire(status, this.status, "status");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawStatus() {
        return status;
    }

    public void setRawStatus(String status) {
        this.status = status;
    }

    public Long getLastModified() {
        return lastModified;
    }

    public void setLastModified(Long lastModified) {
        this.lastModified = lastModified;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public Integer getMaxActive() {
        return maxActive;
    }

    public void setMaxActive(Integer maxActive) {
        this.maxActive = maxActive;
    }

    public LocalTimeRestriction getLocalTimeRestriction() {
        return localTimeRestriction;
    }

    public void setLocalTimeRestriction(LocalTimeRestriction localTimeRestriction) {
        this.localTimeRestriction = localTimeRestriction;
    }

    public List<Schedule> getSchedules() {
        return schedules;
    }

    public void setSchedules(List<Schedule> schedules) {
        this.schedules = schedules;
    }

    public Boolean getResumeNextDay() {
        return resumeNextDay;
    }

    public void setResumeNextDay(Boolean resumeNextDay) {
        this.resumeNextDay = resumeNextDay;
    }

    public RetryConfig getRetryConfig() {
        return retryConfig;
    }

    public void setRetryConfig(RetryConfig retryConfig) {
        this.retryConfig = retryConfig;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("id", id)
                .add("name", name)
                .add("status", status)
                .add("lastModified", lastModified)
                .add("fromNumber", fromNumber)
                .add("labels", labels)
                .add("maxActive", maxActive)
                .add("localTimeRestriction", localTimeRestriction)
                .add("schedules", schedules)
                .add("resumeNextDay", resumeNextDay)
                .add("retryConfig", retryConfig);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
