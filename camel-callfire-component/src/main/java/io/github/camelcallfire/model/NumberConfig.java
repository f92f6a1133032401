package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a leased number does with inbound calls and texts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberConfig {

    private String number;
    private ConfigType configType;
    private CallTrackingConfig callTrackingConfig;
    private IvrInboundConfig ivrInboundConfig;
    private TextInboundConfig textInboundConfig;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ConfigType getConfigType() {
        return configType;
    }

    public void setConfigType(ConfigType configType) {
        this.configType = configType;
    }

    public CallTrackingConfig getCallTrackingConfig() {
        return callTrackingConfig;
    }

    public void setCallTrackingConfig(CallTrackingConfig callTrackingConfig) {
        this.callTrackingConfig = callTrackingConfig;
    }

    public IvrInboundConfig getIvrInboundConfig() {
        return ivrInboundConfig;
    }

    public void setIvrInboundConfig(IvrInboundConfig ivrInboundConfig) {
        this.ivrInboundConfig = ivrInboundConfig;
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
                .add("number", number)
                .add("configType", configType)
                .add("callTrackingConfig", callTrackingConfig)
                .add("ivrInboundConfig", ivrInboundConfig)
                .add("textInboundConfig", textInboundConfig)
                .toString();
    }
}
