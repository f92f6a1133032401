package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a leased number does with inbound calls and texts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class NumberConfig extends CallfireModel {

    private String number;
    private String configType;
    private CallTrackingConfig callTrackingConfig;
    private IvrInboundConfig ivrInboundConfig;
    private TextInboundConfig textInboundConfig;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** {@link ConfigType#UNKNOWN} for a value this version does not know; {@link #getRawConfigType()} has the text. */
    public ConfigType getConfigType() {
        return LenientEnum.parse(ConfigType.class, configType);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setConfigType(ConfigType configType) {
        this.configType = LenientEnum.wire(configType, this.configType, "configType");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawConfigType() {
        return configType;
    }

    public void setRawConfigType(String configType) {
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
