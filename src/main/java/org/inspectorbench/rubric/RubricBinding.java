package org.inspectorbench.rubric;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the rubric records from a tree that {@link RubricShape} has checked and cleaned, the way
 * Jackson's record binding would (canonical constructors; a missing or null field is null, or
 * false/0 for a primitive; numbers as exact decimals). By hand because the data binding's set-up
 * is a tenth of a second of every cold start (RubricBindingTest holds the two to the same result).
 */
final class RubricBinding {

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = RubricShape.components(type).values().stream()
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without its canonical constructor: " + type, e);
            }
        }
    };

    private RubricBinding() {
    }

    /** A record refused its values (its constructor threw): where, and why. */
    static final class Refused extends RuntimeException {
        final String path;

        Refused(String path, Throwable cause) {
            super(String.valueOf(cause.getMessage()), cause);
            this.path = path;
        }
    }

    /** @throws Refused naming the place when a record refuses its values */
    static Rubric rubric(JsonNode root) {
        return (Rubric) record(Rubric.class, root, "$");
    }

    private static Object record(Class<?> type, JsonNode node, String path) {
        // The shape check's cached components: reflection makes new objects on every call.
        Map<String, RecordComponent> components = RubricShape.components(type);
        Object[] values = new Object[components.size()];
        int i = 0;
        for (RecordComponent component : components.values()) {
            String name = component.getName();
            values[i++] = value(component.getGenericType(), node.get(name), path + "." + name);
        }
        try {
            return CANONICAL.get(type).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new Refused(path, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object value(Type type, JsonNode value, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (value == null || value.isNull()) {
                return null;
            }
            Type element = list.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(value(element, value.get(i), path + "[" + i + "]"));
            }
            return out;
        }
        Class<?> raw = (Class<?>) type;
        boolean absent = value == null || value.isNull();
        if (raw == boolean.class) {
            return !absent && value.booleanValue();
        }
        if (raw == int.class) {
            return absent ? 0 : value.intValue();
        }
        if (absent) {
            return null;
        }
        if (raw == String.class) {
            return value.textValue();
        }
        if (raw == java.math.BigDecimal.class) {
            return value.decimalValue();
        }
        if (raw == Boolean.class) {
            return value.booleanValue();
        }
        if (raw == Integer.class) {
            return value.intValue();
        }
        if (raw.isEnum()) {
            return enumValue(raw, value.textValue());
        }
        if (raw.isRecord()) {
            return record(raw, value, path);
        }
        throw new IllegalStateException("rubric record component of unexpected type " + type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
