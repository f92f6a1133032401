package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A recording made during a call. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallRecording extends CallfireModel {

    private Long id;
    private Long callId;
    private Long campaignId;
    private String name;
    private Long created;
    private Long lengthInBytes;
    private Integer lengthInSeconds;
    private String hash;
    private String mp3Url;
    private String state;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCreated() {
        return created;
    }

    public void setCreated(Long created) {
        this.created = created;
    }

    public Long getLengthInBytes() {
        return lengthInBytes;
    }

    public void setLengthInBytes(Long lengthInBytes) {
        this.lengthInBytes = lengthInBytes;
    }

    public Integer getLengthInSeconds() {
        return lengthInSeconds;
    }

    public void setLengthInSeconds(Integer lengthInSeconds) {
        this.lengthInSeconds = lengthInSeconds;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getMp3Url() {
        return mp3Url;
    }

    public void setMp3Url(String mp3Url) {
        this.mp3Url = mp3Url;
    }

    /**
     * {@link CallRecordingState#UNKNOWN} for a value this version does not know; {@link #getRawState()} has the text.
     */
    public CallRecordingState getState() {
        return LenientEnum.parse(CallRecordingState.class, state);
    }

    /**
     * Sets the value; setting the value the field already stands for keeps its text.
     *
     * @throws IllegalArgumentException for {@code UNKNOWN} unless the field already holds an unknown value
     */
    public void setState(CallRecordingState state) {
        this.state = LenientEnum.wire(state, this.state, "state");
    }

    /** The text CallFire sent (or that will be sent), also {@code ""} or a value this version does not know. */
    public String getRawState() {
        return state;
    }

    public void setRawState(String state) {
        this.state = state;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("callId", callId)
                .add("campaignId", campaignId)
                .add("name", name)
                .add("created", created)
                .add("lengthInBytes", lengthInBytes)
                .add("lengthInSeconds", lengthInSeconds)
                .add("hash", hash)
                .add("mp3Url", mp3Url)
                .add("state", state)
                .toString();
    }
}
