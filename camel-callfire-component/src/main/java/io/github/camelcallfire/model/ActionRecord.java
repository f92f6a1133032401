package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Fields shared by the per-attempt records of texts and calls. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ActionRecord extends CallfireModel {

    private Long id;
    private Double billedAmount;
    private Long finishTime;
    private Long created;
    private String toNumber;
    private String callerName;
    private String switchId;
    private List<String> labels;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Double getBilledAmount() {
        return billedAmount;
    }

    public void setBilledAmount(Double billedAmount) {
        this.billedAmount = billedAmount;
    }

    public Long getFinishTime() {
        return finishTime;
    }

    public void setFinishTime(Long finishTime) {
        this.finishTime = finishTime;
    }

    /**
     * When the attempt was created, in ms since the epoch (sent by older API versions, as the official client's records
     * show).
     */
    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public String getSwitchId() {
        return switchId;
    }

    public void setSwitchId(String switchId) {
        this.switchId = switchId;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    ModelDescription describe() {
        return new ModelDescription(this)
                .add("id", id)
                .add("billedAmount", billedAmount)
                .add("finishTime", finishTime)
                .add("created", created)
                .add("toNumber", toNumber)
                .add("callerName", callerName)
                .add("switchId", switchId)
                .add("labels", labels);
    }

    @Override
    public String toString() {
        return describe().toString();
    }
}
