package io.github.camelcallfire.sandbox.numbers;

import java.util.Locale;
import java.util.regex.Pattern;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.SandboxRequest;

/**
 * The region filters CallFire's number searches share ({@code prefix, city, cityPrefix, state, zipcode, country,
 * lata, rateCenter}), validated. Names compare case-insensitively; a null field does not filter.
 */
public record RegionQuery(String prefix, String city, String cityPrefix, String state, String zipcode,
                          String country, String lata, String rateCenter) {

    private static final Pattern PREFIX = Pattern.compile("\\d{4,7}");
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern ZIPCODE = Pattern.compile("\\d{5}");
    private static final Pattern LATA = Pattern.compile("\\d{3,5}");

    public static RegionQuery from(SandboxRequest request) {
        return of(request.query("prefix").orElse(null), request.query("city").orElse(null),
                request.query("cityPrefix").orElse(null), request.query("state").orElse(null),
                request.query("zipcode").orElse(null), request.query("country").orElse(null),
                request.query("lata").orElse(null), request.query("rateCenter").orElse(null));
    }

    /** Validates each given value; a malformed one is a 400 naming the field and what it must look like. */
    public static RegionQuery of(String prefix, String city, String cityPrefix, String state, String zipcode,
                                 String country, String lata, String rateCenter) {
        check("prefix", prefix, PREFIX, "4 to 7 digits, e.g. 1213555");
        check("state", state, STATE, "a two-letter state code, e.g. CA");
        check("zipcode", zipcode, ZIPCODE, "five digits, e.g. 90012");
        check("country", country, STATE, "a two-letter country code, e.g. US");
        check("lata", lata, LATA, "a LATA number, e.g. 730");
        return new RegionQuery(prefix, city, cityPrefix, state, zipcode, country, lata, rateCenter);
    }

    private static void check(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw ApiError.badRequest("'" + field + "' must be " + expected + ", got '" + value + "'");
        }
    }

    /** Whether a region falls under every given filter. */
    public boolean matches(Region region) {
        return region != null
                && (prefix == null || region.prefix().startsWith(prefix))
                && matchesRegionFields(region);
    }

    /** Whether a number (with its region; null for toll-free) falls under every given filter. */
    public boolean matches(String number, Region region) {
        if (prefix != null && !number.startsWith(prefix)) {
            return false;
        }
        if (!filtersRegionFields()) {
            return true;
        }
        return region != null && matchesRegionFields(region);
    }

    private boolean filtersRegionFields() {
        return city != null || cityPrefix != null || state != null || zipcode != null || country != null
                || lata != null || rateCenter != null;
    }

    private boolean matchesRegionFields(Region region) {
        return (city == null || region.city().equalsIgnoreCase(city))
                && (cityPrefix == null || lower(region.city()).startsWith(lower(cityPrefix)))
                && (state == null || region.state().equalsIgnoreCase(state))
                && (zipcode == null || region.zipcode().equals(zipcode))
                && (country == null || region.country().equalsIgnoreCase(country))
                && (lata == null || region.lata().equals(lata))
                && (rateCenter == null || region.rateCenter().equalsIgnoreCase(rateCenter));
    }

    /** The filters given, for messages such as "no numbers match city=Boston". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        append(s, "prefix", prefix);
        append(s, "city", city);
        append(s, "cityPrefix", cityPrefix);
        append(s, "state", state);
        append(s, "zipcode", zipcode);
        append(s, "country", country);
        append(s, "lata", lata);
        append(s, "rateCenter", rateCenter);
        return s.length() == 0 ? "no filter" : s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(s.length() == 0 ? "" : ", ").append(name).append('=').append(value);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
