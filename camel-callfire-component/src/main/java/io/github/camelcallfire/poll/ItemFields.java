package io.github.camelcallfire.poll;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reads the id and the creation time of the items a find returns. Finds return many different resources; reading
 * their bean getters once per type keeps the consumer independent of the model classes.
 */
public final class ItemFields {

    private final Class<?> type;
    private final Method id;
    private final Method created;

    private ItemFields(Class<?> type, Method id, Method created) {
        this.type = type;
        this.id = id;
        this.created = created;
    }

    public static ItemFields of(Class<?> type) {
        return new ItemFields(type, longGetter(type, "getId"), longGetter(type, "getCreated"));
    }

    private static Method longGetter(Class<?> type, String name) {
        try {
            Method getter = type.getMethod(name);
            return getter.getReturnType() == Long.class ? getter : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    public Class<?> type() {
        return type;
    }

    public boolean hasId() {
        return id != null;
    }

    public boolean hasCreated() {
        return created != null;
    }

    /** The item's id, or null when the type has none or the item did not carry it. */
    public Long id(Object item) {
        return read(id, item);
    }

    /** The item's creation time in epoch milliseconds, or null. */
    public Long created(Object item) {
        return read(created, item);
    }

    private static Long read(Method getter, Object item) {
        if (getter == null) {
            return null;
        }
        try {
            return (Long) getter.invoke(item);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + getter.getName() + " of " + item.getClass().getName(), e);
        }
    }
}
