package org.inspectorbench.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's standing with one material: its state, the date it was received (null if not), the
 * files it came with and the office's note.
 */
public record MaterialStatus(String unit, Material material, MaterialState state, LocalDate receivedOn,
                             List<MaterialFile> files, String note) {

    public MaterialStatus {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The state a receipt on {@code receivedOn} has against {@code deadline} (null: no deadline). */
    public static MaterialState stateOf(boolean applies, LocalDate receivedOn, LocalDate deadline) {
        if (!applies) {
            return MaterialState.NOT_APPLICABLE;
        }
        if (receivedOn == null) {
            return MaterialState.MISSING;
        }
        return deadline != null && receivedOn.isAfter(deadline) ? MaterialState.LATE : MaterialState.ON_TIME;
    }
}
