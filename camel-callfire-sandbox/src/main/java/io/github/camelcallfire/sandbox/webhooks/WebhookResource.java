package io.github.camelcallfire.sandbox.webhooks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The resources a webhook can watch and the events each supports, with their wire names (as GET /webhooks/resources lists them). Names are
 * matched case-insensitively, and a resource name also without its dashes or underscores ({@code text-broadcast},
 * as an old curl sample spells it); answers always carry the canonical spelling.
 */
public enum WebhookResource {
    INBOUND_TEXT("InboundText", "Finished"),
    OUTBOUND_TEXT("OutboundText", "Finished"),
    INBOUND_CALL("InboundCall", "Finished"),
    OUTBOUND_CALL("OutboundCall", "Finished"),
    TEXT_BROADCAST("TextBroadcast", "Started", "Stopped", "Finished"),
    CALL_BROADCAST("CallBroadcast", "Started", "Stopped", "Finished"),
    CCC_CAMPAIGN("CccCampaign", "Started", "Stopped", "Finished"),
    CONTACT_LIST("ContactList", "ValidationFinished", "ValidationFailed"),
    OUTBOUND_TEXT_DELIVERY_REPORT("OutboundTextDeliveryReport", "Received"),
    MONTHLY_RENEWAL("MonthlyRenewal", "Finished", "Failed"),
    LOW_BALANCE("LowBalance", "Finished", "Failed");

    private final String wireName;
    private final List<String> supportedEvents;

    WebhookResource(String wireName, String... supportedEvents) {
        this.wireName = wireName;
        this.supportedEvents = List.of(supportedEvents);
    }

    public String wireName() {
        return wireName;
    }

    public List<String> supportedEvents() {
        return supportedEvents;
    }

    /** The resource with this name (any case; dashes and underscores ignored). */
    public static Optional<WebhookResource> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normalize(name);
        for (WebhookResource r : values()) {
            if (normalize(r.wireName).equals(wanted)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The canonical spelling of a supported event of this resource (any case), empty when unsupported. */
    public Optional<String> event(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normalize(name);
        return supportedEvents.stream().filter(e -> normalize(e).equals(wanted)).findFirst();
    }

    /** Every resource name, for error messages. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(WebhookResource::wireName).toList();
    }

    private static String normalize(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
