package io.github.camelcallfire.sandbox.messaging;

import java.util.Set;

/** Text and call broadcasts share their whole life cycle; they differ in path, wording and writable fields. */
public enum BroadcastKind {
    TEXT("texts", "Text broadcast", Set.of("name", "fromNumber", "message", "bigMessageStrategy", "media", "labels",
            "maxActive", "localTimeRestriction", "schedules", "resumeNextDay")),
    CALL("calls", "Call broadcast", Set.of("name", "fromNumber", "labels", "maxActive", "localTimeRestriction",
            "schedules", "resumeNextDay", "sounds", "answeringMachineConfig", "dialplanXml", "maxActiveTransfers",
            "retryConfig"));

    private final String path;
    private final String title;
    private final Set<String> writableFields;

    BroadcastKind(String path, String title, Set<String> writableFields) {
        this.path = path;
        this.title = title;
        this.writableFields = writableFields;
    }

    /** "texts" or "calls": the path prefix and the name of the broadcast's action list. */
    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public Set<String> writableFields() {
        return writableFields;
    }
}
