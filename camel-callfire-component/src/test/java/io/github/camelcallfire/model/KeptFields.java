package io.github.camelcallfire.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Finds the unknown fields a model graph kept, with their paths: a sample of known fields must keep none. */
final class KeptFields {

    private KeptFields() {
    }

    static List<String> in(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "$", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found));
        } else if (value instanceof CallfireModel model) {
            model.getUnknownFields().keySet().forEach(name -> found.add(path + "." + name));
            for (Class<?> type = model.getClass(); type != CallfireModel.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        walk(read(field, model), path + "." + field.getName(), found);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object model) {
        try {
            field.setAccessible(true);
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
