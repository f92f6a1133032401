package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A voice call placed or received. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Call extends Action {

    private CallResult finalCallResult;
    private List<CallRecord> records;
    private Boolean agentCall;
    private List<Note> notes;

    public CallResult getFinalCallResult() {
        return finalCallResult;
    }

    public void setFinalCallResult(CallResult finalCallResult) {
        this.finalCallResult = finalCallResult;
    }

    public List<CallRecord> getRecords() {
        return records;
    }

    public void setRecords(List<CallRecord> records) {
        this.records = records;
    }

    public Boolean getAgentCall() {
        return agentCall;
    }

    public void setAgentCall(Boolean agentCall) {
        this.agentCall = agentCall;
    }

    public List<Note> getNotes() {
        return notes;
    }

    public void setNotes(List<Note> notes) {
        this.notes = notes;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("finalCallResult", finalCallResult)
                .add("records", records)
                .add("agentCall", agentCall)
                .add("notes", notes);
    }
}
