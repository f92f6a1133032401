package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One delivery attempt of a text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TextRecord extends ActionRecord {

    private String message;
    private TextResult textResult;

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public TextResult getTextResult() {
        return textResult;
    }

    public void setTextResult(TextResult textResult) {
        this.textResult = textResult;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("message", message)
                .add("textResult", textResult);
    }
}
