package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A text campaign sending one message to many recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextBroadcast extends Broadcast {

    private String message;
    private BigMessageStrategy bigMessageStrategy;
    private List<Media> media;
    private List<TextRecipient> recipients;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public BigMessageStrategy getBigMessageStrategy() {
        return bigMessageStrategy;
    }

    public void setBigMessageStrategy(BigMessageStrategy bigMessageStrategy) {
        this.bigMessageStrategy = bigMessageStrategy;
    }

    public List<Media> getMedia() {
        return media;
    }

    public void setMedia(List<Media> media) {
        this.media = media;
    }

    public List<TextRecipient> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<TextRecipient> recipients) {
        this.recipients = recipients;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("message", message)
                .add("bigMessageStrategy", bigMessageStrategy)
                .add("media", media)
                .add("recipients", recipients);
    }
}
