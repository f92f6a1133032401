package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Forwards inbound calls of a number and tracks them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class CallTrackingConfig extends CallfireModel {

    private List<String> transferNumbers;
    private Boolean screen;
    private Boolean recorded;
    private Boolean voicemail;
    private Long introSoundId;
    private Long whisperSoundId;
    private Long voicemailSoundId;
    private Long failedTransferSoundId;
    private WeeklySchedule weeklySchedule;
    private GoogleAnalytics googleAnalytics;

    public List<String> getTransferNumbers() {
        return transferNumbers;
    }

    public void setTransferNumbers(List<String> transferNumbers) {
        this.transferNumbers = transferNumbers;
    }

    public Boolean getScreen() {
        return screen;
    }

    public void setScreen(Boolean screen) {
        this.screen = screen;
    }

    public Boolean getRecorded() {
        return recorded;
    }

    public void setRecorded(Boolean recorded) {
        this.recorded = recorded;
    }

    public Boolean getVoicemail() {
        return voicemail;
    }

    public void setVoicemail(Boolean voicemail) {
        this.voicemail = voicemail;
    }

    public Long getIntroSoundId() {
        return introSoundId;
    }

    public void setIntroSoundId(Long introSoundId) {
        this.introSoundId = introSoundId;
    }

    public Long getWhisperSoundId() {
        return whisperSoundId;
    }

    public void setWhisperSoundId(Long whisperSoundId) {
        this.whisperSoundId = whisperSoundId;
    }

    public Long getVoicemailSoundId() {
        return voicemailSoundId;
    }

    public void setVoicemailSoundId(Long voicemailSoundId) {
        this.voicemailSoundId = voicemailSoundId;
    }

    public Long getFailedTransferSoundId() {
        return failedTransferSoundId;
    }

    public void setFailedTransferSoundId(Long failedTransferSoundId) {
        this.failedTransferSoundId = failedTransferSoundId;
    }

    public WeeklySchedule getWeeklySchedule() {
        return weeklySchedule;
    }

    public void setWeeklySchedule(WeeklySchedule weeklySchedule) {
        this.weeklySchedule = weeklySchedule;
    }

    public GoogleAnalytics getGoogleAnalytics() {
        return googleAnalytics;
    }

    public void setGoogleAnalytics(GoogleAnalytics googleAnalytics) {
        this.googleAnalytics = googleAnalytics;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("transferNumbers", transferNumbers)
                .add("screen", screen)
                .add("recorded", recorded)
                .add("voicemail", voicemail)
                .add("introSoundId", introSoundId)
                .add("whisperSoundId", whisperSoundId)
                .add("voicemailSoundId", voicemailSoundId)
                .add("failedTransferSoundId", failedTransferSoundId)
                .add("weeklySchedule", weeklySchedule)
                .add("googleAnalytics", googleAnalytics)
                .toString();
    }
}
