package io.github.camelcallfire.sandbox.numbers;

import java.time.Instant;
import java.time.ZoneOffset;

/** What leasing costs in the sandbox and how long a lease runs. */
public final class LeaseTerms {

    /** CallFire's shared short code; every keyword is leased on it. */
    public static final String SHORT_CODE = "67076";

    public static final double LOCAL_NUMBER_CREDITS = 50;
    public static final double TOLL_FREE_NUMBER_CREDITS = 100;
    public static final double KEYWORD_CREDITS = 100;

    private LeaseTerms() {
    }

    /** A lease runs one calendar month (UTC) from its start. */
    public static long leaseEnd(long leaseBegin) {
        return Instant.ofEpochMilli(leaseBegin).atZone(ZoneOffset.UTC).plusMonths(1).toInstant().toEpochMilli();
    }
}
