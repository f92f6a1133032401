package io.github.camelcallfire.sandbox.account;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.ApiError;
import io.github.camelcallfire.sandbox.http.Json;
import io.github.camelcallfire.sandbox.state.SandboxState;
import io.github.camelcallfire.sandbox.store.ActionStore;

/**
 * The sandbox's one account: its public profile and its credit balance. The balance starts at
 * {@code settings().initialCredits()} (all pay-as-you-go; the sandbox has no plan credits) and goes down with every
 * finished outbound text or call (as billed by the actions area) and every number or keyword order.
 */
public final class AccountStore {

    public static final long ACCOUNT_ID = 10003;
    public static final String EMAIL = "sandbox@example.com";

    private final SandboxState state;
    private double purchased;

    public AccountStore(SandboxState state) {
        this.state = state;
    }

    /** The public Account shape of the 2016 spec and the official client, not CallFire's internal one. */
    public ObjectNode account() {
        ObjectNode account = Json.object();
        account.put("id", ACCOUNT_ID);
        account.put("email", EMAIL);
        account.put("name", "CallFire Sandbox");
        account.put("firstName", "Sandbox");
        account.put("lastName", "User");
        account.putArray("permissions").add("API").add("ACCOUNT_HOLDER");
        return account;
    }

    /**
     * Credits the account has left right now: the initial credits minus what texts, calls and orders used so far.
     * Other areas may read it, e.g. to refuse sending when it is exhausted.
     */
    public double remainingCredits() {
        long now = state.now();
        // end is exclusive: +1 so that actions finished at this very millisecond (frozen clock) count too
        double actions = state.store(ActionStore.class).usage(0, now + 1).creditsUsed();
        return state.settings().initialCredits() - actions - purchasesTotal();
    }

    /** Takes credits for a purchase, or refuses with a 400 (and takes nothing) when the balance is too low. */
    public synchronized void spend(double credits, String what) {
        double remaining = remainingCredits();
        if (credits > remaining) {
            throw ApiError.badRequest(String.format(Locale.ROOT,
                    "Not enough credits for %s: it costs %.2f credits, the account has %.2f", what, credits,
                    remaining));
        }
        purchased += credits;
    }

    private synchronized double purchasesTotal() {
        return purchased;
    }

    /** BillingPlanUsage for the current month of the sandbox clock; amounts rounded to whole credits as CallFire does. */
    public ObjectNode planUsage() {
        BillingPeriod month = BillingPeriod.monthOf(state.now());
        long remaining = Math.round(remainingCredits());
        ObjectNode usage = Json.object();
        usage.put("intervalStart", month.begin());
        usage.put("intervalEnd", month.end());
        usage.put("remainingPlanCredits", 0);
        usage.put("remainingPayAsYouGoCredits", remaining);
        usage.put("totalRemainingCredits", remaining);
        return usage;
    }

    /** CreditUsage of texts and calls in [begin, end), or in [begin, end] when {@code endIncluded}. */
    public ObjectNode creditUsage(BillingPeriod period, boolean endIncluded) {
        long queryEnd = endIncluded && period.end() < Long.MAX_VALUE ? period.end() + 1 : period.end();
        ActionStore.Usage used = state.store(ActionStore.class).usage(period.begin(), queryEnd);
        ObjectNode usage = Json.object();
        usage.put("intervalBegin", period.begin());
        usage.put("intervalEnd", period.end());
        usage.put("textsSent", used.textsSent());
        usage.put("callsDurationMinutes", used.callsDurationMinutes());
        usage.put("creditsUsed", used.creditsUsed());
        return usage;
    }
}
