package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;

/** Orders keywords. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KeywordPurchaseRequest extends CallfireModel {

    private List<String> keywords;

    public static KeywordPurchaseRequest of(List<String> keywords) {
        KeywordPurchaseRequest request = new KeywordPurchaseRequest();
        request.setKeywords(new ArrayList<>(keywords));
        return request;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("keywords", keywords)
                .toString();
    }
}
