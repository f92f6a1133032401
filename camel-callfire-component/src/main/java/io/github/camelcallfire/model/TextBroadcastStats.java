package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Statistics of a text broadcast. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextBroadcastStats extends BroadcastStats {

    private Integer sentCount;
    private Integer unsentCount;
    // misspelled on purpose: it is CallFire's wire name
    private Integer recievedCount;
    private Integer doNotTextCount;
    private Integer tooBigCount;
    private Integer errorCount;

    public Integer getSentCount() {
        return sentCount;
    }

    public void setSentCount(Integer sentCount) {
        this.sentCount = sentCount;
    }

    public Integer getUnsentCount() {
        return unsentCount;
    }

    public void setUnsentCount(Integer unsentCount) {
        this.unsentCount = unsentCount;
    }

    public Integer getRecievedCount() {
        return recievedCount;
    }

    public void setRecievedCount(Integer recievedCount) {
        this.recievedCount = recievedCount;
    }

    public Integer getDoNotTextCount() {
        return doNotTextCount;
    }

    public void setDoNotTextCount(Integer doNotTextCount) {
        this.doNotTextCount = doNotTextCount;
    }

    public Integer getTooBigCount() {
        return tooBigCount;
    }

    public void setTooBigCount(Integer tooBigCount) {
        this.tooBigCount = tooBigCount;
    }

    public Integer getErrorCount() {
        return errorCount;
    }

    public void setErrorCount(Integer errorCount) {
        this.errorCount = errorCount;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("sentCount", sentCount)
                .add("unsentCount", unsentCount)
                .add("recievedCount", recievedCount)
                .add("doNotTextCount", doNotTextCount)
                .add("tooBigCount", tooBigCount)
                .add("errorCount", errorCount);
    }
}
