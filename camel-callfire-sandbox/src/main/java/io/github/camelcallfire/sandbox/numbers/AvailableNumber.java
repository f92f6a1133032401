package io.github.camelcallfire.sandbox.numbers;

/**
 * A catalog entry, serialized as CallFire's {@code Number}. Toll-free numbers have no region.
 *
 * @param number 11-digit E.164 without '+', e.g. {@code 12135550100}
 */
public record AvailableNumber(String number, String nationalFormat, boolean tollFree, Region region) {

    public static AvailableNumber local(String number, Region region) {
        return new AvailableNumber(number, nationalFormat(number), false, region);
    }

    public static AvailableNumber tollFree(String number) {
        return new AvailableNumber(number, nationalFormat(number), true, null);
    }

    /** {@code 12135550100} -> {@code (213) 555-0100}. */
    static String nationalFormat(String number) {
        String national = number.substring(1);
        return "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6);
    }
}
