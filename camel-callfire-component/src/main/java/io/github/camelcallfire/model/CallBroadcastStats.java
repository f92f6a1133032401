package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Statistics of a call broadcast. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallBroadcastStats extends BroadcastStats {

    private Integer callsAttempted;
    private Integer callsPlaced;
    private Integer callsDuration;
    private Integer billedDuration;
    private Integer responseRatePercent;
    private Integer callsRemaining;
    private Integer callsAwaitingRedial;
    private Integer callsLiveAnswer;
    private Integer totalCount;
    private Integer answeringMachineCount;
    private Integer busyCount;
    private Integer dialedCount;
    private Integer doNotCallCount;
    private Integer errorCount;
    private Integer liveCount;
    private Integer miscCount;
    private Integer noAnswerCount;
    private Integer transferCount;

    public Integer getCallsAttempted() {
        return callsAttempted;
    }

    public void setCallsAttempted(Integer callsAttempted) {
        this.callsAttempted = callsAttempted;
    }

    public Integer getCallsPlaced() {
        return callsPlaced;
    }

    public void setCallsPlaced(Integer callsPlaced) {
        this.callsPlaced = callsPlaced;
    }

    public Integer getCallsDuration() {
        return callsDuration;
    }

    public void setCallsDuration(Integer callsDuration) {
        this.callsDuration = callsDuration;
    }

    public Integer getBilledDuration() {
        return billedDuration;
    }

    public void setBilledDuration(Integer billedDuration) {
        this.billedDuration = billedDuration;
    }

    public Integer getResponseRatePercent() {
        return responseRatePercent;
    }

    public void setResponseRatePercent(Integer responseRatePercent) {
        this.responseRatePercent = responseRatePercent;
    }

    public Integer getCallsRemaining() {
        return callsRemaining;
    }

    public void setCallsRemaining(Integer callsRemaining) {
        this.callsRemaining = callsRemaining;
    }

    public Integer getCallsAwaitingRedial() {
        return callsAwaitingRedial;
    }

    public void setCallsAwaitingRedial(Integer callsAwaitingRedial) {
        this.callsAwaitingRedial = callsAwaitingRedial;
    }

    public Integer getCallsLiveAnswer() {
        return callsLiveAnswer;
    }

    public void setCallsLiveAnswer(Integer callsLiveAnswer) {
        this.callsLiveAnswer = callsLiveAnswer;
    }

    public Integer getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Integer totalCount) {
        this.totalCount = totalCount;
    }

    public Integer getAnsweringMachineCount() {
        return answeringMachineCount;
    }

    public void setAnsweringMachineCount(Integer answeringMachineCount) {
        this.answeringMachineCount = answeringMachineCount;
    }

    public Integer getBusyCount() {
        return busyCount;
    }

    public void setBusyCount(Integer busyCount) {
        this.busyCount = busyCount;
    }

    public Integer getDialedCount() {
        return dialedCount;
    }

    public void setDialedCount(Integer dialedCount) {
        this.dialedCount = dialedCount;
    }

    public Integer getDoNotCallCount() {
        return doNotCallCount;
    }

    public void setDoNotCallCount(Integer doNotCallCount) {
        this.doNotCallCount = doNotCallCount;
    }

    public Integer getErrorCount() {
        return errorCount;
    }

    public void setErrorCount(Integer errorCount) {
        this.errorCount = errorCount;
    }

    public Integer getLiveCount() {
        return liveCount;
    }

    public void setLiveCount(Integer liveCount) {
        this.liveCount = liveCount;
    }

    public Integer getMiscCount() {
        return miscCount;
    }

    public void setMiscCount(Integer miscCount) {
        this.miscCount = miscCount;
    }

    public Integer getNoAnswerCount() {
        return noAnswerCount;
    }

    public void setNoAnswerCount(Integer noAnswerCount) {
        this.noAnswerCount = noAnswerCount;
    }

    public Integer getTransferCount() {
        return transferCount;
    }

    public void setTransferCount(Integer transferCount) {
        this.transferCount = transferCount;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("callsAttempted", callsAttempted)
                .add("callsPlaced", callsPlaced)
                .add("callsDuration", callsDuration)
                .add("billedDuration", billedDuration)
                .add("responseRatePercent", responseRatePercent)
                .add("callsRemaining", callsRemaining)
                .add("callsAwaitingRedial", callsAwaitingRedial)
                .add("callsLiveAnswer", callsLiveAnswer)
                .add("totalCount", totalCount)
                .add("answeringMachineCount", answeringMachineCount)
                .add("busyCount", busyCount)
                .add("dialedCount", dialedCount)
                .add("doNotCallCount", doNotCallCount)
                .add("errorCount", errorCount)
                .add("liveCount", liveCount)
                .add("miscCount", miscCount)
                .add("noAnswerCount", noAnswerCount)
                .add("transferCount", transferCount);
    }
}
