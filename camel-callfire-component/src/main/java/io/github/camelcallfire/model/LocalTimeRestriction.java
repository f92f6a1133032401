package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Hours (in each recipient's time zone) outside which a broadcast does not contact anyone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LocalTimeRestriction extends CallfireModel {

    private Boolean enabled;
    private Integer beginHour;
    private Integer beginMinute;
    private Integer endHour;
    private Integer endMinute;

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getBeginHour() {
        return beginHour;
    }

    public void setBeginHour(Integer beginHour) {
        this.beginHour = beginHour;
    }

    public Integer getBeginMinute() {
        return beginMinute;
    }

    public void setBeginMinute(Integer beginMinute) {
        this.beginMinute = beginMinute;
    }

    public Integer getEndHour() {
        return endHour;
    }

    public void setEndHour(Integer endHour) {
        this.endHour = endHour;
    }

    public Integer getEndMinute() {
        return endMinute;
    }

    public void setEndMinute(Integer endMinute) {
        this.endMinute = endMinute;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("enabled", enabled)
                .add("beginHour", beginHour)
                .add("beginMinute", beginMinute)
                .add("endHour", endHour)
                .add("endMinute", endMinute)
                .toString();
    }
}
