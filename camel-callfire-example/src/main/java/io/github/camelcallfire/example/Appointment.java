package io.github.camelcallfire.example;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

/** One row of a reminders CSV: {@code phone,name,appointment}, with that header line. */
@CsvRecord(separator = ",", skipFirstLine = true)
public class Appointment {

    @DataField(pos = 1, required = true, trim = true)
    private String phone;
    @DataField(pos = 2, required = true, trim = true)
    private String name;
    @DataField(pos = 3, required = true, trim = true)
    private String time;

    public Appointment() {
    }

    public Appointment(String phone, String name, String time) {
        this.phone = phone;
        this.name = name;
        this.time = time;
    }

    public String getPhone() {
        return phone;
    }

    public String getName() {
        return name;
    }

    public String getTime() {
        return time;
    }
}
