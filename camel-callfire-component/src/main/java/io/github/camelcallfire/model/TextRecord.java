package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One delivery attempt of a text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextRecord extends ActionRecord {

    private String message;
    private String textResult;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** {@link TextResult#UNKNOWN} for a value this version does not know; {@link #getRawTextResult()} has the text. */
    public TextResult getTextResult() {
        return LenientEnum.parse(TextResult.class, textResult);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setTextResult(TextResult textResult) {
        this.textResult = LenientEnum.wire(textResult, this.textResult, "textResult");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawTextResult() {
        return textResult;
    }

    public void setRawTextResult(String textResult) {
        this.textResult = textResult;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("message", message)
                .add("textResult", textResult);
    }
}
