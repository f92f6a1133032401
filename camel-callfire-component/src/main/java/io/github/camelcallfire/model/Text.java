package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An SMS or MMS sent or received; inbound texts have {@code inbound = true} and result {@code RECEIVED}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Text extends Action {

    private String message;
    private String finalTextResult;
    private List<TextRecord> records;
    private List<Media> media;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /**
     * {@link TextResult#UNKNOWN} for a value this version does not know; {@link #getRawFinalTextResult()} has the text.
     */
    public TextResult getFinalTextResult() {
        return LenientEnum.parse(TextResult.class, finalTextResult);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setFinalTextResult(TextResult finalTextResult) {
        this.finalTextResult = LenientEnum.wire(finalTextResult, this.finalTextResult, "finalTextResult");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawFinalTextResult() {
        return finalTextResult;
    }

    public void setRawFinalTextResult(String finalTextResult) {
        this.finalTextResult = finalTextResult;
    }

    public List<TextRecord> getRecords() {
        return records;
    }

    public void setRecords(List<TextRecord> records) {
        this.records = records;
    }

    public List<Media> getMedia() {
        return media;
    }

    public void setMedia(List<Media> media) {
        this.media = media;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("message", message)
                .add("finalTextResult", finalTextResult)
                .add("records", records)
                .add("media", media);
    }
}
