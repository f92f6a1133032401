package io.github.camelcallfire.sandbox.account;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcallfire.sandbox.http.Json;

/** An API login/password pair of the account. Immutable: enabling or disabling replaces it. */
public record ApiCredential(long id, String name, boolean enabled, String username, String password) {

    ApiCredential withEnabled(boolean value) {
        return new ApiCredential(id, name, value, username, password);
    }

    /** As the create answer shows it: with the clear password, the only time it is ever shown. */
    public ObjectNode toJsonWithPassword() {
        ObjectNode json = toJson();
        json.put("password", password);
        return json;
    }

    /** As listings show it: the password masked but for its last four characters. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("name", name);
        json.put("enabled", enabled);
        json.put("username", username);
        json.put("password", "****" + password.substring(password.length() - 4));
        return json;
    }
}
