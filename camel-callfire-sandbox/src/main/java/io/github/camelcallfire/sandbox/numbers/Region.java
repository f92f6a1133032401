package io.github.camelcallfire.sandbox.numbers;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A CallFire Region: where local numbers of a prefix belong. Serialized with CallFire's field names; names such as
 * {@code city} and {@code rateCenter} are upper case, as CallFire stores them ({@code "LOS ANGELES"}). The
 * {@code country} filters searches but is not shown: live CallFire's answers carry no country in a region.
 */
public record Region(String prefix, String city, String state, String zipcode, @JsonIgnore String country,
                     String lata, String rateCenter, double latitude, double longitude, String timeZone) {
}
