package org.inspectorbench.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The record kinds that undo and redo can restore; changes to anything else are history only. */
final class EntityStates {

    private static final Map<String, Versioned<?>> BY_ENTITY = List.<Versioned<?>>of(
                    FindingVersions.INSTANCE, EvidenceLinkVersions.INSTANCE, AnnotationVersions.INSTANCE,
                    SamplingDrawVersions.INSTANCE)
            .stream().collect(Collectors.toMap(Versioned::entity, Function.identity()));

    private EntityStates() {
    }

    static boolean isUndoable(String entity) {
        return BY_ENTITY.containsKey(entity);
    }

    static Optional<Versioned<?>> of(String entity) {
        return Optional.ofNullable(BY_ENTITY.get(entity));
    }
}
