package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A time window during which a broadcast runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Schedule extends CallfireModel {

    private Long id;
    private Long campaignId;
    private ScheduleDate startDate;
    private ScheduleDate stopDate;
    private ScheduleTime startTimeOfDay;
    private ScheduleTime stopTimeOfDay;
    private String timeZone;
    private List<String> daysOfWeek;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public ScheduleDate getStartDate() {
        return startDate;
    }

    public void setStartDate(ScheduleDate startDate) {
        this.startDate = startDate;
    }

    public ScheduleDate getStopDate() {
        return stopDate;
    }

    public void setStopDate(ScheduleDate stopDate) {
        this.stopDate = stopDate;
    }

    public ScheduleTime getStartTimeOfDay() {
        return startTimeOfDay;
    }

    public void setStartTimeOfDay(ScheduleTime startTimeOfDay) {
        this.startTimeOfDay = startTimeOfDay;
    }

    public ScheduleTime getStopTimeOfDay() {
        return stopTimeOfDay;
    }

    public void setStopTimeOfDay(ScheduleTime stopTimeOfDay) {
        this.stopTimeOfDay = stopTimeOfDay;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /**
     * A live view of the values: {@link DayOfWeek#UNKNOWN} for a value this version does not know,
     * {@link #getRawDaysOfWeek()} has the texts.
     */
    public List<DayOfWeek> getDaysOfWeek() {
        return LenientEnum.view(DayOfWeek.class, daysOfWeek, "daysOfWeek");
    }

    /** Sets the values; a list from {@link #getDaysOfWeek()} keeps the texts of values this version does not know. */
    public void setDaysOfWeek(List<DayOfWeek> daysOfWeek) {
        this.daysOfWeek = LenientEnum.wireList(daysOfWeek, "daysOfWeek");
    }

    /** The values as CallFire sent them (or as they will be sent), also those this version does not know. */
    public List<String> getRawDaysOfWeek() {
        return daysOfWeek;
    }

    public void setRawDaysOfWeek(List<String> daysOfWeek) {
        this.daysOfWeek = daysOfWeek;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("campaignId", campaignId)
                .add("startDate", startDate)
                .add("stopDate", stopDate)
                .add("startTimeOfDay", startTimeOfDay)
                .add("stopTimeOfDay", stopTimeOfDay)
                .add("timeZone", timeZone)
                .add("daysOfWeek", daysOfWeek)
                .toString();
    }
}
