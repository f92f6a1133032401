package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.Objects;

/** A calendar date as CallFire writes it: {@code {"year":2024,"month":5,"day":1}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ScheduleDate extends CallfireModel {

    private Integer year;
    private Integer month;
    private Integer day;

    public static ScheduleDate of(LocalDate date) {
        ScheduleDate scheduleDate = new ScheduleDate();
        scheduleDate.setYear(date.getYear());
        scheduleDate.setMonth(date.getMonthValue());
        scheduleDate.setDay(date.getDayOfMonth());
        return scheduleDate;
    }

    /** @throws IllegalStateException if a part of the date is missing */
    public LocalDate toLocalDate() {
        if (year == null || month == null || day == null) {
            throw new IllegalStateException("ScheduleDate needs year, month and day but was " + this);
        }
        return LocalDate.of(year, month, day);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleDate that
                && Objects.equals(year, that.year)
                && Objects.equals(month, that.month)
                && Objects.equals(day, that.day)
                && getUnknownFields().equals(that.getUnknownFields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, getUnknownFields());
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("year", year)
                .add("month", month)
                .add("day", day)
                .toString();
    }
}
