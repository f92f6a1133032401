package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** When and how often a broadcast retries unsuccessful recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RetryConfig {

    private Integer maxAttempts;
    private Integer minutesBetweenAttempts;
    // plain names because text and call results are mixed here
    private List<String> retryResults;
    private List<RetryPhoneType> retryPhoneTypes;

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

    public List<RetryPhoneType> getRetryPhoneTypes() {
        return retryPhoneTypes;
    }

    public void setRetryPhoneTypes(List<RetryPhoneType> retryPhoneTypes) {
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
