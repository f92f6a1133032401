package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A voice campaign calling many recipients. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallBroadcast extends Broadcast {

    private List<Recipient> recipients;
    private CallBroadcastSounds sounds;
    private String answeringMachineConfig;
    private String dialplanXml;
    private Integer maxActiveTransfers;

    public List<Recipient> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<Recipient> recipients) {
        this.recipients = recipients;
    }

    public CallBroadcastSounds getSounds() {
        return sounds;
    }

    public void setSounds(CallBroadcastSounds sounds) {
        this.sounds = sounds;
    }

    /**
     * {@link AnsweringMachineConfig#UNKNOWN} for a value this version does not know; {@link
     * #getRawAnsweringMachineConfig()} has the text.
     */
    public AnsweringMachineConfig getAnsweringMachineConfig() {
        return LenientEnum.parse(AnsweringMachineConfig.class, answeringMachineConfig);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setAnsweringMachineConfig(AnsweringMachineConfig answeringMachineConfig) {
        this.answeringMachineConfig =
                LenientEnum.wire(answeringMachineConfig, this.answeringMachineConfig, "answeringMachineConfig");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawAnsweringMachineConfig() {
        return answeringMachineConfig;
    }

    public void setRawAnsweringMachineConfig(String answeringMachineConfig) {
        this.answeringMachineConfig = answeringMachineConfig;
    }

    public String getDialplanXml() {
        return dialplanXml;
    }

    public void setDialplanXml(String dialplanXml) {
        this.dialplanXml = dialplanXml;
    }

    public Integer getMaxActiveTransfers() {
        return maxActiveTransfers;
    }

    public void setMaxActiveTransfers(Integer maxActiveTransfers) {
        this.maxActiveTransfers = maxActiveTransfers;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("recipients", recipients)
                .add("sounds", sounds)
                .add("answeringMachineConfig", answeringMachineConfig)
                .add("dialplanXml", dialplanXml)
                .add("maxActiveTransfers", maxActiveTransfers);
    }
}
