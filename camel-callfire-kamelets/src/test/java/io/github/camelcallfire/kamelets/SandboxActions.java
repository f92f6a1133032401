package io.github.camelcallfire.kamelets;

import io.github.camelcallfire.sandbox.CallfireSandbox;
import io.github.camelcallfire.sandbox.messaging.CallAction;
import io.github.camelcallfire.sandbox.messaging.TextAction;
import io.github.camelcallfire.sandbox.store.ActionStore;

import java.util.ArrayList;
import java.util.List;

/** What the sandbox stored: the texts and calls sent through it. */
final class SandboxActions {

    private SandboxActions() {
    }

    static List<TextAction> outboundTexts(CallfireSandbox sandbox) {
        List<TextAction> texts = new ArrayList<>();
        sandbox.state().store(ActionStore.class).texts().range(false, null, null).forEach(texts::add);
        return texts;
    }

    static List<CallAction> outboundCalls(CallfireSandbox sandbox) {
        List<CallAction> calls = new ArrayList<>();
        sandbox.state().store(ActionStore.class).calls().range(false, null, null).forEach(calls::add);
        return calls;
    }
}
