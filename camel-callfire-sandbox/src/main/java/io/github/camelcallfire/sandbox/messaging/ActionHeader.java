package io.github.camelcallfire.sandbox.messaging;

import java.util.List;
import java.util.Map;

import io.github.camelcallfire.sandbox.contacts.Contact;

/**
 * What every text and call carries from the moment it is created.
 *
 * @param campaignId the broadcast it belongs to, null for texts/calls sent directly or received
 * @param batchId    the broadcast batch it came from, null outside broadcasts
 * @param contact    the contact of the other party as it was when the action was created (contacts are immutable
 *                   and replaced on change), null when the number is invalid
 */
public record ActionHeader(long id, boolean inbound, String fromNumber, String toNumber, Long campaignId,
                           Long batchId, Contact contact, List<String> labels, Map<String, String> attributes,
                           long created) {

    public ActionHeader {
        labels = labels == null ? List.of() : List.copyOf(labels);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
