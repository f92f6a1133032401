package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An SMS or MMS sent or received; inbound texts have {@code inbound = true} and result {@code RECEIVED}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Text extends Action {

    private String message;
    private TextResult finalTextResult;
    private List<TextRecord> records;
    private List<Media> media;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public TextResult getFinalTextResult() {
        return finalTextResult;
    }

    public void setFinalTextResult(TextResult finalTextResult) {
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
