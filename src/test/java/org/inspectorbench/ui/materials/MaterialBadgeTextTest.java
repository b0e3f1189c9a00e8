package org.inspectorbench.ui.materials;

import org.inspectorbench.store.Material;
import org.inspectorbench.store.MaterialState;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.ui.common.I18n;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaterialBadgeTextTest {

    private static MaterialStatus status(int n, MaterialState state, LocalDate on) {
        Material m = new Material(n, "二、政府信息公开", "材料 " + n, null, List.of("政务公开/依申请公开"));
        return new MaterialStatus("涪城区", m, state, on, List.of(), null);
    }

    @Test
    void eachSupportingMaterialAskedOfTheUnitShowsItsNumberAndState() {
        I18n zh = new I18n(I18n.CHINESE);
        MaterialBadgeText.Line line = MaterialBadgeText.of(List.of(
                status(11, MaterialState.ON_TIME, LocalDate.of(2022, 11, 20)),
                status(12, MaterialState.LATE, LocalDate.of(2022, 11, 28)),
                status(13, MaterialState.MISSING, null),
                status(14, MaterialState.MISSING, null),
                status(3, MaterialState.NOT_APPLICABLE, null)), zh::get);
        assertEquals(List.of("#11 已收到 2022-11-20", "#12 逾期", "#13 #14 未收到"), line.parts());
        assertEquals(MaterialState.MISSING, line.worst(), "the badge shows the worst state");
        assertEquals(4, line.details().size(), "the tooltip names each material");
        assertTrue(line.details().get(0).startsWith("#11 材料 11"));

        I18n en = new I18n(I18n.ENGLISH);
        assertEquals(List.of("#11 received 2022-11-20"), MaterialBadgeText.of(List.of(
                status(11, MaterialState.ON_TIME, LocalDate.of(2022, 11, 20))), en::get).parts());
    }

    @Test
    void noMaterialAskedOfTheUnitMeansNoBadge() {
        MaterialBadgeText.Line line = MaterialBadgeText.of(List.of(status(1, MaterialState.NOT_APPLICABLE, null)),
                (k, a) -> k);
        assertTrue(line.isEmpty());
        assertEquals(MaterialState.ON_TIME, MaterialBadgeText.of(List.of(
                status(11, MaterialState.ON_TIME, LocalDate.of(2022, 11, 20))), (k, a) -> k).worst());
    }
}
