package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Inbound handling of texts for a leased keyword. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class KeywordConfig extends CallfireModel {

    private String keyword;
    private TextInboundConfig textInboundConfig;

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public TextInboundConfig getTextInboundConfig() {
        return textInboundConfig;
    }

    public void setTextInboundConfig(TextInboundConfig textInboundConfig) {
        this.textInboundConfig = textInboundConfig;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("keyword", keyword)
                .add("textInboundConfig", textInboundConfig)
                .toString();
    }
}
