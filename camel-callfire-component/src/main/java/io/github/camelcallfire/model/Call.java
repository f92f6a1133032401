package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A voice call placed or received. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Call extends Action {

    private String finalCallResult;
    private List<CallRecord> records;
    private Boolean agentCall;
    private List<Note> notes;

    /**
     * {@link CallResult#UNKNOWN} for a value this version does not know; {@link #getRawFinalCallResult()} has the text.
     */
    public CallResult getFinalCallResult() {
        return LenientEnum.parse(CallResult.class, finalCallResult);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setFinalCallResult(CallResult finalCallResult) {
        this.finalCallResult = LenientEnum.wire(finalCallResult, this.finalCallResult, "finalCallResult");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawFinalCallResult() {
        return finalCallResult;
    }

    public void setRawFinalCallResult(String finalCallResult) {
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
