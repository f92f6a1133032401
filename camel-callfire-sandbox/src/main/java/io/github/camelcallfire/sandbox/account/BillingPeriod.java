package io.github.camelcallfire.sandbox.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** A billing interval [begin, end) in epoch ms; the plan's is the calendar month (UTC) of the sandbox clock. */
public record BillingPeriod(long begin, long end) {

    public static BillingPeriod monthOf(long epochMillis) {
        ZonedDateTime start = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC)
                .withDayOfMonth(1).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        return new BillingPeriod(start.toInstant().toEpochMilli(), start.plusMonths(1).toInstant().toEpochMilli());
    }
}
