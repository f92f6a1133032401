package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Recipient of a call with the messages (text-to-speech or sound ids) it plays. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallRecipient extends Recipient {

    private String liveMessage;
    private Long liveMessageSoundId;
    private String machineMessage;
    private Long machineMessageSoundId;
    private String transferMessage;
    private Long transferMessageSoundId;
    private String transferDigit;
    private String transferNumber;
    private String voice;
    private String dialplanXml;

    /** A recipient that hears {@code liveMessage} (text-to-speech) when a person answers {@code phoneNumber}. */
    public static CallRecipient to(String phoneNumber, String liveMessage) {
        CallRecipient recipient = new CallRecipient();
        recipient.setPhoneNumber(phoneNumber);
        recipient.setLiveMessage(liveMessage);
        return recipient;
    }

    public String getLiveMessage() {
        return liveMessage;
    }

    public void setLiveMessage(String liveMessage) {
        this.liveMessage = liveMessage;
    }

    public Long getLiveMessageSoundId() {
        return liveMessageSoundId;
    }

    public void setLiveMessageSoundId(Long liveMessageSoundId) {
        this.liveMessageSoundId = liveMessageSoundId;
    }

    public String getMachineMessage() {
        return machineMessage;
    }

    public void setMachineMessage(String machineMessage) {
        this.machineMessage = machineMessage;
    }

    public Long getMachineMessageSoundId() {
        return machineMessageSoundId;
    }

    public void setMachineMessageSoundId(Long machineMessageSoundId) {
        this.machineMessageSoundId = machineMessageSoundId;
    }

    public String getTransferMessage() {
        return transferMessage;
    }

    public void setTransferMessage(String transferMessage) {
        this.transferMessage = transferMessage;
    }

    public Long getTransferMessageSoundId() {
        return transferMessageSoundId;
    }

    public void setTransferMessageSoundId(Long transferMessageSoundId) {
        this.transferMessageSoundId = transferMessageSoundId;
    }

    public String getTransferDigit() {
        return transferDigit;
    }

    public void setTransferDigit(String transferDigit) {
        this.transferDigit = transferDigit;
    }

    public String getTransferNumber() {
        return transferNumber;
    }

    public void setTransferNumber(String transferNumber) {
        this.transferNumber = transferNumber;
    }

    /** {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawVoice()} has the text. */
    public Voice getVoice() {
        return LenientEnum.parse(Voice.class, voice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setVoice(Voice voice) {
        this.voice = LenientEnum.wire(voice, this.voice, "voice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawVoice() {
        return voice;
    }

    public void setRawVoice(String voice) {
        this.voice = voice;
    }

    public String getDialplanXml() {
        return dialplanXml;
    }

    public void setDialplanXml(String dialplanXml) {
        this.dialplanXml = dialplanXml;
    }

    @Override
    ModelDescription describe() {
        return super.describe()
                .add("liveMessage", liveMessage)
                .add("liveMessageSoundId", liveMessageSoundId)
                .add("machineMessage", machineMessage)
                .add("machineMessageSoundId", machineMessageSoundId)
                .add("transferMessage", transferMessage)
                .add("transferMessageSoundId", transferMessageSoundId)
                .add("transferDigit", transferDigit)
                .add("transferNumber", transferNumber)
                .add("voice", voice)
                .add("dialplanXml", dialplanXml);
    }
}
