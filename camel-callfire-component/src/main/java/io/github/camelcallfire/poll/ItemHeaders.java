package io.github.camelcallfire.poll;

import io.github.camelcallfire.CallfireConstants;
import io.github.camelcallfire.model.Action;
import io.github.camelcallfire.model.Call;
import io.github.camelcallfire.model.Text;
import org.apache.camel.Message;

/** The headers a consumed item carries, so that routes can filter and branch without reading the body. */
public final class ItemHeaders {

    private ItemHeaders() {
    }

    public static void apply(Message message, Object item, ItemFields fields) {
        setIfPresent(message, CallfireConstants.ITEM_ID, fields.id(item));
        setIfPresent(message, CallfireConstants.ITEM_CREATED, fields.created(item));
        if (item instanceof Action action) {
            setIfPresent(message, CallfireConstants.ITEM_FROM_NUMBER, action.getFromNumber());
            setIfPresent(message, CallfireConstants.ITEM_TO_NUMBER, action.getToNumber());
            setIfPresent(message, CallfireConstants.ITEM_INBOUND, action.getInbound());
            setIfPresent(message, CallfireConstants.ITEM_STATE, action.getState());
        }
        if (item instanceof Text text) {
            setIfPresent(message, CallfireConstants.ITEM_MESSAGE, text.getMessage());
            setIfPresent(message, CallfireConstants.ITEM_FINAL_RESULT, text.getFinalTextResult());
        } else if (item instanceof Call call) {
            setIfPresent(message, CallfireConstants.ITEM_FINAL_RESULT, call.getFinalCallResult());
        }
    }

    private static void setIfPresent(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
