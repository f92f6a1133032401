package io.github.camelcallfire.sandbox.api;

import java.util.List;

/** Every area of the API the sandbox serves. */
public final class ApiModules {

    private ApiModules() {
    }

    public static List<ApiModule> all() {
        return List.of(
                new TextsApi(), new CallsApi(), new BroadcastsApi(), new AutoRepliesApi(),
                new ContactsApi(), new ContactListsApi(), new DncApi(), new SoundsApi(), new MediaApi(),
                new NumbersApi(), new KeywordsApi(), new OrdersApi(), new AccountApi(), new WebhooksApi());
    }
}
