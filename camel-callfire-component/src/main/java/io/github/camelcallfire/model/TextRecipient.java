package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Recipient of a text; {@code message} overrides the request's default message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextRecipient extends Recipient {

    private String message;
    private List<Media> media;

    /** A recipient that gets {@code message} at {@code phoneNumber}. */
    public static TextRecipient to(String phoneNumber, String message) {
        TextRecipient recipient = new TextRecipient();
        recipient.setPhoneNumber(phoneNumber);
        recipient.setMessage(message);
        return recipient;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
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
                .add("media", media);
    }
}
