package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Creates a campaign sound from text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextToSpeech extends CallfireModel {

    private String message;
    private String voice;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawVoice()} has the text. */
    public Voice getVoice() {
        return LenientEnum.parse(Voice.class, voice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setVoice(Voice voice) {
        this.voice = LenientEnum.wire(voice, this.voice, "voice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawVoice() {
        return voice;
    }

    public void setRawVoice(String voice) {
        this.voice = voice;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("message", message)
                .add("voice", voice)
                .toString();
    }
}
