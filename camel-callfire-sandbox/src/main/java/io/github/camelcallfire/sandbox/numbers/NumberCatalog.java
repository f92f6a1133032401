package io.github.camelcallfire.sandbox.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every number the sandbox can sell, the same on every run: {@value #NUMBERS_PER_PREFIX} local numbers
 * {@code 1AAA55501xx} per region of {@code us-regions.csv}, and as many toll-free numbers per toll-free code.
 * Immutable; which of them are still available is decided against the leases.
 */
public final class NumberCatalog {

    public static final int NUMBERS_PER_PREFIX = 20;
    public static final List<String> TOLL_FREE_CODES = List.of("800", "833", "844", "855", "866", "877", "888");

    private static final NumberCatalog INSTANCE = load();

    private final List<Region> regions;
    private final List<AvailableNumber> localNumbers;
    private final List<AvailableNumber> tollFreeNumbers;
    private final Map<String, AvailableNumber> byNumber;

    private NumberCatalog(List<Region> regions) {
        this.regions = List.copyOf(regions);
        List<AvailableNumber> local = new ArrayList<>();
        for (Region region : regions) {
            for (int i = 0; i < NUMBERS_PER_PREFIX; i++) {
                local.add(AvailableNumber.local(region.prefix() + lineNumber(i), region));
            }
        }
        List<AvailableNumber> tollFree = new ArrayList<>();
        for (String code : TOLL_FREE_CODES) {
            for (int i = 0; i < NUMBERS_PER_PREFIX; i++) {
                tollFree.add(AvailableNumber.tollFree("1" + code + "555" + lineNumber(i)));
            }
        }
        this.localNumbers = Collections.unmodifiableList(local);
        this.tollFreeNumbers = Collections.unmodifiableList(tollFree);
        Map<String, AvailableNumber> index = new LinkedHashMap<>();
        local.forEach(n -> index.put(n.number(), n));
        tollFree.forEach(n -> index.put(n.number(), n));
        this.byNumber = Collections.unmodifiableMap(index);
    }

    public static NumberCatalog instance() {
        return INSTANCE;
    }

    public List<Region> regions() {
        return regions;
    }

    /** Local numbers in catalog order (by region, then number). */
    public List<AvailableNumber> localNumbers() {
        return localNumbers;
    }

    public List<AvailableNumber> tollFreeNumbers() {
        return tollFreeNumbers;
    }

    public Optional<AvailableNumber> find(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** 555-0100 to 555-0199 are the line numbers reserved for fiction. */
    private static String lineNumber(int i) {
        return String.format(Locale.ROOT, "%04d", 100 + i);
    }

    private static NumberCatalog load() {
        String resource = "us-regions.csv";
        try (InputStream in = NumberCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("numbers catalog resource " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Region> regions = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    regions.add(parseRegion(line));
                }
            }
            return new NumberCatalog(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code city,state,areaCode,zipcode,lata,latitude,longitude,timeZone}; names are stored in upper case, as
     * CallFire stores them.
     */
    private static Region parseRegion(String line) {
        String[] f = line.split(",");
        String city = f[0].toUpperCase(Locale.ROOT);
        String prefix = "1" + f[2] + "555";
        return new Region(prefix, city, f[1].toUpperCase(Locale.ROOT), f[3], "US", f[4], city,
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7]);
    }
}
