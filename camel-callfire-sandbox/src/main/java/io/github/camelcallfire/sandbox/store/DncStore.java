package io.github.camelcallfire.sandbox.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.github.camelcallfire.sandbox.contacts.DncQuery;
import io.github.camelcallfire.sandbox.contacts.DoNotContact;
import io.github.camelcallfire.sandbox.store.PhoneNumbers;
import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.state.SandboxState;

/**
 * Do-not-contact entries of the account, keyed by normalized number. The sorted key makes {@code prefix} and
 * {@code number} filters range or point look-ups; answers list the newest entries first.
 */
public final class DncStore {

    public static final String DEFAULT_SOURCE = "Api V2";

    private static final Comparator<DoNotContact> NEWEST_FIRST =
            Comparator.comparing(DoNotContact::created).reversed().thenComparing(DoNotContact::number);

    private final SandboxState state;
    private final NavigableMap<String, DoNotContact> entries = new ConcurrentSkipListMap<>();

    public DncStore(SandboxState state) {
        this.state = state;
    }

    /** True when outbound texts to {@code number} are blocked (entry with text=true). */
    public boolean blocksText(String number) {
        return PhoneNumbers.recipient(number).map(entries::get).map(DoNotContact::blocksText).orElse(false);
    }

    /** True when outbound calls to {@code number} are blocked (entry with call=true). */
    public boolean blocksCall(String number) {
        return PhoneNumbers.recipient(number).map(entries::get).map(DoNotContact::blocksCall).orElse(false);
    }

    /**
     * Puts numbers (already normalized) on the list; a number already there takes the new flags and source but
     * keeps its creation time.
     */
    public void add(Collection<String> numbers, DoNotContact template) {
        long now = state.now();
        for (String number : numbers) {
            DoNotContact fresh = new DoNotContact(number, template.call(), template.text(), template.inboundCall(),
                    template.inboundText(), template.source(), template.campaignId(), now);
            entries.merge(number, fresh, (old, added) -> old.merge(added));
        }
    }

    public DoNotContact get(String number) {
        DoNotContact dnc = entries.get(PhoneNumbers.requireRecipient(number, "Path parameter 'number'"));
        if (dnc == null) {
            throw ApiError.notFound("Do-not-contact number", number);
        }
        return dnc;
    }

    public void update(String number, DoNotContact changes) {
        String key = get(number).number();
        entries.computeIfPresent(key, (k, old) -> old.merge(changes));
    }

    /**
     * Takes numbers off the list as live CallFire does: the entry stays, with {@code call}, {@code text},
     * {@code inboundCall} and {@code inboundText} all false, so that reading it back answers the number unblocked
     * instead of 404. {@code numbers} may list several, separated by commas; every one must be on the list (else
     * 404 and nothing changes).
     */
    public void delete(String numbers) {
        List<String> keys = new ArrayList<>();
        for (String number : numbers.split(",", -1)) {
            keys.add(get(number.strip()).number());
        }
        for (String key : keys) {
            entries.computeIfPresent(key, (k, old) -> new DoNotContact(old.number(), false, false, false, false,
                    old.source(), old.campaignId(), old.created()));
        }
    }

    /** Removes the entries of one source; the others stay. */
    public void deleteBySource(String source) {
        entries.values().removeIf(dnc -> source.equals(dnc.source()));
    }

    public List<DoNotContact> find(DncQuery query) {
        Collection<DoNotContact> candidates;
        if (!query.numbers().isEmpty()) {
            candidates = query.numbers().stream().distinct().map(entries::get).filter(d -> d != null).toList();
        } else if (query.prefix().isPresent()) {
            String prefix = query.prefix().get();
            candidates = entries.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values();
        } else {
            candidates = entries.values();
        }
        return candidates.stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
    }
}
