package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What a call broadcast plays: text-to-speech or sound ids per situation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallBroadcastSounds extends CallfireModel {

    private String liveSoundText;
    private Long liveSoundId;
    private String liveSoundTextVoice;
    private String machineSoundText;
    private Long machineSoundId;
    private String machineSoundTextVoice;
    private String transferSoundText;
    private Long transferSoundId;
    private String transferSoundTextVoice;
    private String transferDigit;
    private String transferNumber;
    private String dncDigit;
    private String dncSoundText;
    private Long dncSoundId;
    private String dncSoundTextVoice;

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

    /**
     * {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawLiveSoundTextVoice()} has the text.
     */
    public Voice getLiveSoundTextVoice() {
        return LenientEnum.parse(Voice.class, liveSoundTextVoice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setLiveSoundTextVoice(Voice liveSoundTextVoice) {
        this.liveSoundTextVoice = LenientEnum.wire(liveSoundTextVoice, this.liveSoundTextVoice, "liveSoundTextVoice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawLiveSoundTextVoice() {
        return liveSoundTextVoice;
    }

    public void setRawLiveSoundTextVoice(String liveSoundTextVoice) {
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

    /**
     * {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawMachineSoundTextVoice()} has the
     * text.
     */
    public Voice getMachineSoundTextVoice() {
        return LenientEnum.parse(Voice.class, machineSoundTextVoice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setMachineSoundTextVoice(Voice machineSoundTextVoice) {
        this.machineSoundTextVoice =
                LenientEnum.wire(machineSoundTextVoice, this.machineSoundTextVoice, "machineSoundTextVoice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawMachineSoundTextVoice() {
        return machineSoundTextVoice;
    }

    public void setRawMachineSoundTextVoice(String machineSoundTextVoice) {
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

    /**
     * {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawTransferSoundTextVoice()} has the
     * text.
     */
    public Voice getTransferSoundTextVoice() {
        return LenientEnum.parse(Voice.class, transferSoundTextVoice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setTransferSoundTextVoice(Voice transferSoundTextVoice) {
        this.transferSoundTextVoice =
                LenientEnum.wire(transferSoundTextVoice, this.transferSoundTextVoice, "transferSoundTextVoice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawTransferSoundTextVoice() {
        return transferSoundTextVoice;
    }

    public void setRawTransferSoundTextVoice(String transferSoundTextVoice) {
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

    /**
     * {@link Voice#UNKNOWN} for a value this version does not know; {@link #getRawDncSoundTextVoice()} has the text.
     */
    public Voice getDncSoundTextVoice() {
        return LenientEnum.parse(Voice.class, dncSoundTextVoice);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setDncSoundTextVoice(Voice dncSoundTextVoice) {
        this.dncSoundTextVoice = LenientEnum.wire(dncSoundTextVoice, this.dncSoundTextVoice, "dncSoundTextVoice");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawDncSoundTextVoice() {
        return dncSoundTextVoice;
    }

    public void setRawDncSoundTextVoice(String dncSoundTextVoice) {
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
