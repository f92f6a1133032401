package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One dial attempt of a call. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallRecord extends ActionRecord {

    private String result;
    private String callResult;
    private Long originateTime;
    private Long answerTime;
    private Long duration;
    private List<Note> notes;
    private List<CallRecording> recordings;
    private List<QuestionResponse> questionResponses;

    /** {@link CallResult#UNKNOWN} for a value this version does not know; {@link #getRawResult()} has the text. */
    public CallResult getResult() {
        return LenientEnum.parse(CallResult.class, result);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setResult(CallResult result) {
        this.result = LenientEnum.wire(result, this.result, "result");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawCallResult() {
        return callResult;
    }

    public void setRawCallResult(String callResult) {
        this.callResult = callResult;
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawResult() {
        return result;
    }

    public void setRawResult(String result) {
        this.result = result;
    }

    /**
     * The result as older API versions name it ({@code callResult}, as in the official client's recorded answers);
     * the current spec names it {@code result}. {@link CallResult#UNKNOWN} for a value this version does not know;
     * {@link #getRawCallResult()} has the text.
     */
    public CallResult getCallResult() {
        return LenientEnum.parse(CallResult.class, callResult);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setCallResult(CallResult callResult) {
        this.callResult = LenientEnum.wire(callResult, this.callResult, "callResult");
    }

    public Long getOriginateTime() {
        return originateTime;
    }

    public void setOriginateTime(Long originateTime) {
        this.originateTime = originateTime;
    }

    public Long getAnswerTime() {
        return answerTime;
    }

    public void setAnswerTime(Long answerTime) {
        this.answerTime = answerTime;
    }

    public Long getDuration() {
        return duration;
    }

    public void setDuration(Long duration) {
        this.duration = duration;
    }

    public List<Note> getNotes() {
        return notes;
    }

    public void setNotes(List<Note> notes) {
        this.notes = notes;
    }

    public List<CallRecording> getRecordings() {
        return recordings;
    }

    public void setRecordings(List<CallRecording> recordings) {
        this.recordings = recordings;
    }

    public List<QuestionResponse> getQuestionResponses() {
        return questionResponses;
    }

    public void setQuestionResponses(List<QuestionResponse> questionResponses) {
        this.questionResponses = questionResponses;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("result", result)
                .add("callResult", callResult)
                .add("originateTime", originateTime)
                .add("answerTime", answerTime)
                .add("duration", duration)
                .add("notes", notes)
                .add("recordings", recordings)
                .add("questionResponses", questionResponses);
    }
}
