package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A text campaign sending one message to many recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextBroadcast extends Broadcast {

    private String message;
    private String bigMessageStrategy;
    private List<Media> media;
    private List<TextRecipient> recipients;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /**
     * {@link BigMessageStrategy#UNKNOWN} for a value this version does not know; {@link #getRawBigMessageStrategy()}
     * has the text.
     */
    public BigMessageStrategy getBigMessageStrategy() {
        return LenientEnum.parse(BigMessageStrategy.class, bigMessageStrategy);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setBigMessageStrategy(BigMessageStrategy bigMessageStrategy) {
        this.bigMessageStrategy = LenientEnum.wire(bigMessageStrategy, this.bigMessageStrategy, "bigMessageStrategy");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawBigMessageStrategy() {
        return bigMessageStrategy;
    }

    public void setRawBigMessageStrategy(String bigMessageStrategy) {
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
