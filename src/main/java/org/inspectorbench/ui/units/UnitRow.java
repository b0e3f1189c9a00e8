package org.inspectorbench.ui.units;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;

/** One line of the units list: the unit and its live score and progress. */
public final class UnitRow {

    private final UnitInfo unit;
    private final ReadOnlyObjectWrapper<ScoreSnapshot> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper itemsTouched = new ReadOnlyIntegerWrapper();
    private final int itemsApplicable;

    public UnitRow(UnitInfo unit, int itemsApplicable) {
        this.unit = unit;
        this.itemsApplicable = itemsApplicable;
    }

    public UnitInfo unit() {
        return unit;
    }

    public String name() {
        return unit.name();
    }

    public ReadOnlyObjectProperty<ScoreSnapshot> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ScoreSnapshot score() {
        return score.get();
    }

    public ReadOnlyIntegerProperty itemsTouchedProperty() {
        return itemsTouched.getReadOnlyProperty();
    }

    public int itemsTouched() {
        return itemsTouched.get();
    }

    public int itemsApplicable() {
        return itemsApplicable;
    }

    public boolean started() {
        return itemsTouched.get() > 0;
    }

    /** True when the website or new-media verdict is 不合格. */
    public boolean anyPartFailed() {
        ScoreSnapshot s = score.get();
        return s != null && s.verdicts().stream().anyMatch(v -> !v.pass());
    }

    void update(ScoreSnapshot snapshot, int touched) {
        score.set(snapshot);
        itemsTouched.set(touched);
    }
}
