package io.github.camelcallfire.sandbox.numbers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.camelcallfire.sandbox.http.ApiError;

/**
 * The catalog numbers a NumberPurchaseRequest asks for: the listed {@code numbers}, plus {@code localCount} local
 * numbers matching {@code prefix/city/state/zipcode} and {@code tollFreeCount} toll-free ones. Any number that
 * cannot be had makes the whole request a 400; listed numbers that are leased or not in the catalog are named as live
 * CallFire names them: {@code unavailable numbers: 12135550100}.
 */
record NumberSelection(List<AvailableNumber> local, List<AvailableNumber> tollFree) {

    int size() {
        return local.size() + tollFree.size();
    }

    static NumberSelection resolve(BodyFields body, NumberLeaseStore leases) {
        List<String> numbers = body.texts("numbers").orElse(List.of());
        int localCount = count(body, "localCount");
        int tollFreeCount = count(body, "tollFreeCount");
        RegionQuery region = RegionQuery.of(body.text("prefix").orElse(null), body.text("city").orElse(null), null,
                body.text("state").orElse(null), body.text("zipcode").orElse(null), null, null, null);
        if (numbers.isEmpty() && localCount == 0 && tollFreeCount == 0) {
            throw ApiError.badRequest("Nothing to order: give 'numbers' (e.g. [\"12135550100\"]) or 'localCount' "
                    + "(optionally with prefix, city, state, zipcode) and/or 'tollFreeCount'");
        }
        NumberCatalog catalog = NumberCatalog.instance();
        Set<String> chosen = new LinkedHashSet<>();
        List<AvailableNumber> local = new ArrayList<>();
        List<AvailableNumber> tollFree = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (String number : numbers) {
            if (!chosen.add(number)) {
                throw ApiError.badRequest("Number '" + number + "' is listed more than once");
            }
            Optional<AvailableNumber> available = catalog.find(number).filter(n -> !leases.isLeased(number));
            if (available.isEmpty()) {
                unavailable.add(number);
            } else {
                (available.get().tollFree() ? tollFree : local).add(available.get());
            }
        }
        if (!unavailable.isEmpty()) {
            // live CallFire's words, e.g. "unavailable numbers: 12132212289" for a number that is leased already
            throw ApiError.badRequest("unavailable numbers: " + String.join(", ", unavailable));
        }
        List<AvailableNumber> moreLocal = leases.available(catalog.localNumbers())
                .filter(n -> !chosen.contains(n.number()) && region.matches(n.number(), n.region()))
                .limit(localCount).toList();
        if (moreLocal.size() < localCount) {
            throw ApiError.badRequest("Only " + moreLocal.size() + " local number(s) are available for "
                    + region.describe() + ", but localCount is " + localCount);
        }
        List<AvailableNumber> moreTollFree = leases.available(catalog.tollFreeNumbers())
                .filter(n -> !chosen.contains(n.number()))
                .limit(tollFreeCount).toList();
        if (moreTollFree.size() < tollFreeCount) {
            throw ApiError.badRequest("Only " + moreTollFree.size() + " toll-free number(s) are available, but "
                    + "tollFreeCount is " + tollFreeCount);
        }
        local.addAll(moreLocal);
        tollFree.addAll(moreTollFree);
        return new NumberSelection(List.copyOf(local), List.copyOf(tollFree));
    }

    private static int count(BodyFields body, String name) {
        long count = body.number(name).orElse(0L);
        if (count < 0 || count > 1000) {
            throw ApiError.badRequest("'" + name + "' must be between 0 and 1000, got " + count);
        }
        return (int) count;
    }
}
