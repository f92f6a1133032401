package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Puts numbers on the do-not-contact list; the API defaults call and text to true. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AddDoNotContactRequest extends DoNotContactFlags {

    private List<String> numbers;

    public List<String> getNumbers() {
        return numbers;
    }

    public void setNumbers(List<String> numbers) {
        this.numbers = numbers;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("numbers", numbers);
    }
}
