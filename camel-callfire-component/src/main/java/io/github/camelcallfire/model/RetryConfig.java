package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** When and how often a broadcast retries unsuccessful recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RetryConfig extends CallfireModel {

    private Integer maxAttempts;
    private Integer minutesBetweenAttempts;
    // plain names because text and call results are mixed here
    private List<String> retryResults;
    private List<String> retryPhoneTypes;

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Integer getMinutesBetweenAttempts() {
        return minutesBetweenAttempts;
    }

    public void setMinutesBetweenAttempts(Integer minutesBetweenAttempts) {
        this.minutesBetweenAttempts = minutesBetweenAttempts;
    }

    public List<String> getRetryResults() {
        return retryResults;
    }

    public void setRetryResults(List<String> retryResults) {
        this.retryResults = retryResults;
    }

    /**
     * A live view of the values: {@link RetryPhoneType#UNKNOWN} for a value this version does not know,
     * {@link #getRawRetryPhoneTypes()} has the texts.
     */
    public List<RetryPhoneType> getRetryPhoneTypes() {
        return LenientEnum.view(RetryPhoneType.class, retryPhoneTypes, "retryPhoneTypes");
    }

    /**
     * Sets the values; a list from {@link #getRetryPhoneTypes()} keeps the texts of values this version does not know.
     */
    public void setRetryPhoneTypes(List<RetryPhoneType> retryPhoneTypes) {
        this.retryPhoneTypes = LenientEnum.wireList(retryPhoneTypes, "retryPhoneTypes");
    }

    /** The values as CallFire sent them (or as they will be sent), also those this version does not know. */
    public List<String> getRawRetryPhoneTypes() {
        return retryPhoneTypes;
    }

    public void setRawRetryPhoneTypes(List<String> retryPhoneTypes) {
        this.retryPhoneTypes = retryPhoneTypes;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("maxAttempts", maxAttempts)
                .add("minutesBetweenAttempts", minutesBetweenAttempts)
                .add("retryResults", retryResults)
                .add("retryPhoneTypes", retryPhoneTypes)
                .toString();
    }
}
