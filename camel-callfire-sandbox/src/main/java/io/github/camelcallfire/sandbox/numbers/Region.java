package io.github.camelcallfire.sandbox.numbers;

/** A CallFire Region: where local numbers of a prefix belong. Serialized with CallFire's field names. */
public record Region(String prefix, String city, String state, String zipcode, String country, String lata,
                     String rateCenter, double latitude, double longitude, String timeZone) {
}
