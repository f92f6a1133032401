package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a call broadcast plays: text-to-speech or sound ids per situation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallBroadcastSounds {

    private String liveSoundText;
    private Long liveSoundId;
    private Voice liveSoundTextVoice;
    private String machineSoundText;
    private Long machineSoundId;
    private Voice machineSoundTextVoice;
    private String transferSoundText;
    private Long transferSoundId;
    private Voice transferSoundTextVoice;
    private String transferDigit;
    private String transferNumber;
    private String dncDigit;
    private String dncSoundText;
    private Long dncSoundId;
    private Voice dncSoundTextVoice;

    public String getLiveSoundText() {
        return liveSoundText;
    }

    public void setLiveSoundText(String liveSoundText) {
        this.liveSoundText = liveSoundText;
    }

    public Long getLiveSoundId() {
        return liveSoundId;
    }

    public void setLiveSoundId(Long liveSoundId) {
        this.liveSoundId = liveSoundId;
    }

    public Voice getLiveSoundTextVoice() {
        return liveSoundTextVoice;
    }

    public void setLiveSoundTextVoice(Voice liveSoundTextVoice) {
        this.liveSoundTextVoice = liveSoundTextVoice;
    }

    public String getMachineSoundText() {
        return machineSoundText;
    }

    public void setMachineSoundText(String machineSoundText) {
        this.machineSoundText = machineSoundText;
    }

    public Long getMachineSoundId() {
        return machineSoundId;
    }

    public void setMachineSoundId(Long machineSoundId) {
        this.machineSoundId = machineSoundId;
    }

    public Voice getMachineSoundTextVoice() {
        return machineSoundTextVoice;
    }

    public void setMachineSoundTextVoice(Voice machineSoundTextVoice) {
        this.machineSoundTextVoice = machineSoundTextVoice;
    }

    public String getTransferSoundText() {
        return transferSoundText;
    }

    public void setTransferSoundText(String transferSoundText) {
        this.transferSoundText = transferSoundText;
    }

    public Long getTransferSoundId() {
        return transferSoundId;
    }

    public void setTransferSoundId(Long transferSoundId) {
        this.transferSoundId = transferSoundId;
    }

    public Voice getTransferSoundTextVoice() {
        return transferSoundTextVoice;
    }

    public void setTransferSoundTextVoice(Voice transferSoundTextVoice) {
        this.transferSoundTextVoice = transferSoundTextVoice;
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

    public String getDncDigit() {
        return dncDigit;
    }

    public void setDncDigit(String dncDigit) {
        this.dncDigit = dncDigit;
    }

    public String getDncSoundText() {
        return dncSoundText;
    }

    public void setDncSoundText(String dncSoundText) {
        this.dncSoundText = dncSoundText;
    }

    public Long getDncSoundId() {
        return dncSoundId;
    }

    public void setDncSoundId(Long dncSoundId) {
        this.dncSoundId = dncSoundId;
    }

    public Voice getDncSoundTextVoice() {
        return dncSoundTextVoice;
    }

    public void setDncSoundTextVoice(Voice dncSoundTextVoice) {
        this.dncSoundTextVoice = dncSoundTextVoice;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("liveSoundText", liveSoundText)
                .add("liveSoundId", liveSoundId)
                .add("liveSoundTextVoice", liveSoundTextVoice)
                .add("machineSoundText", machineSoundText)
                .add("machineSoundId", machineSoundId)
                .add("machineSoundTextVoice", machineSoundTextVoice)
                .add("transferSoundText", transferSoundText)
                .add("transferSoundId", transferSoundId)
                .add("transferSoundTextVoice", transferSoundTextVoice)
                .add("transferDigit", transferDigit)
                .add("transferNumber", transferNumber)
                .add("dncDigit", dncDigit)
                .add("dncSoundText", dncSoundText)
                .add("dncSoundId", dncSoundId)
                .add("dncSoundTextVoice", dncSoundTextVoice)
                .toString();
    }
}
