package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Weekly hours during which call tracking forwards calls. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class WeeklySchedule {

    private List<DayOfWeek> daysOfWeek;
    private ScheduleTime startTimeOfDay;
    private ScheduleTime stopTimeOfDay;
    private String timeZone;

    public List<DayOfWeek> getDaysOfWeek() {
        return daysOfWeek;
    }

    public void setDaysOfWeek(List<DayOfWeek> daysOfWeek) {
        this.daysOfWeek = daysOfWeek;
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

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("daysOfWeek", daysOfWeek)
                .add("startTimeOfDay", startTimeOfDay)
                .add("stopTimeOfDay", stopTimeOfDay)
                .add("timeZone", timeZone)
                .toString();
    }
}
