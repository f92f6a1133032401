package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalTime;
import java.util.Objects;

/** A time of day as CallFire writes it: {@code {"hour":9,"minute":30,"second":0,"nano":0}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ScheduleTime extends CallfireModel {

    private Integer hour;
    private Integer minute;
    private Integer second;
    private Integer nano;

    public static ScheduleTime of(LocalTime time) {
        ScheduleTime scheduleTime = new ScheduleTime();
        scheduleTime.setHour(time.getHour());
        scheduleTime.setMinute(time.getMinute());
        scheduleTime.setSecond(time.getSecond());
        scheduleTime.setNano(time.getNano());
        return scheduleTime;
    }

    /** Missing seconds and nanos count as zero; @throws IllegalStateException if hour or minute is missing */
    public LocalTime toLocalTime() {
        if (hour == null || minute == null) {
            throw new IllegalStateException("ScheduleTime needs hour and minute but was " + this);
        }
        return LocalTime.of(hour, minute, second == null ? 0 : second, nano == null ? 0 : nano);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleTime that
                && Objects.equals(hour, that.hour) && Objects.equals(minute, that.minute)
                && Objects.equals(second, that.second) && Objects.equals(nano, that.nano)
                && getUnknownFields().equals(that.getUnknownFields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(hour, minute, second, nano, getUnknownFields());
    }

    public Integer getHour() {
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public Integer getMinute() {
        return minute;
    }

    public void setMinute(Integer minute) {
        this.minute = minute;
    }

    public Integer getSecond() {
        return second;
    }

    public void setSecond(Integer second) {
        this.second = second;
    }

    public Integer getNano() {
        return nano;
    }

    public void setNano(Integer nano) {
        this.nano = nano;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("hour", hour)
                .add("minute", minute)
                .add("second", second)
                .add("nano", nano)
                .toString();
    }
}
