package org.inspectorbench.ui.help;

import org.inspectorbench.ui.Shortcut;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guides the program ships (docs/user-guide*.md, copied into the jar by the build). */
class UserGuideTest {

    private static final UserGuide ZH = UserGuide.load(Locale.SIMPLIFIED_CHINESE);
    private static final UserGuide EN = UserGuide.load(Locale.ENGLISH);

    @Test
    void theLanguageChoosesTheGuide() {
        assertEquals("政务公开检查考核工作台 用户指南", ZH.contents().get(0).text());
        assertEquals("Inspector Workbench user guide", EN.contents().get(0).text());
    }

    @Test
    void everyScreenshotTheGuidesShowIsShipped() {
        for (UserGuide guide : List.of(ZH, EN)) {
            List<GuideBlock.Image> images = guide.blocks().stream()
                    .filter(GuideBlock.Image.class::isInstance).map(GuideBlock.Image.class::cast).toList();
            assertTrue(images.size() >= 3, guide.locale() + " shows screenshots");
            for (GuideBlock.Image image : images) {
                assertNotNull(UserGuide.image(image.path()), guide.locale() + ": " + image.path() + " is not shipped");
            }
        }
    }

    @Test
    void imagesOutsideTheGuideFolderAreNotResolved() {
        assertEquals(null, UserGuide.image("../../../../../sample-data/rubrics/mianyang-2022.json"));
        assertEquals(null, UserGuide.image("/etc/passwd"));
        assertEquals(null, UserGuide.image("file:/etc/passwd"));
    }

    /** The translation keeps step: the same sections in the same order, the same pictures. */
    @Test
    void bothGuidesHaveTheSameStructure() {
        assertEquals(shape(ZH), shape(EN));
    }

    @Test
    void bothGuidesCoverTheInspectorsDayAndTheOfficesMergeDay() {
        List<String> zh = ZH.contents().stream().map(GuideBlock.Heading::text).toList();
        List<String> en = EN.contents().stream().map(GuideBlock.Heading::text).toList();
        assertTrue(zh.contains("检查员的一天") && zh.contains("办公室的合并日"), zh.toString());
        assertTrue(en.contains("An inspector's day") && en.contains("The office's merge day"), en.toString());
    }

    /** Every shortcut of the window (Shortcut, as on Windows and Linux) is in both guides' tables. */
    @Test
    void everyShortcutIsListed() {
        for (UserGuide guide : List.of(ZH, EN)) {
            String tables = tableText(guide);
            for (Shortcut s : Shortcut.values()) {
                String keys = s.name().equals("TAB_1") ? "Ctrl+1" : winKeys(s);
                assertTrue(tables.contains(keys), guide.locale() + " lacks " + keys);
            }
            assertFalse(tables.isBlank());
        }
    }

    private static String winKeys(Shortcut s) {
        String display = s.display();
        // Monocle/Linux shows Ctrl; only the arrow names differ between the languages of the guide.
        return display.replace("Up", "").replace("Down", "").replace("↑", "").replace("↓", "");
    }

    private static String tableText(UserGuide guide) {
        StringBuilder b = new StringBuilder();
        guide.blocks().stream().filter(GuideBlock.Table.class::isInstance).map(GuideBlock.Table.class::cast)
                .forEach(t -> t.rows().forEach(r -> r.forEach(c -> c.forEach(span -> b.append(span.text()).append(' ')))));
        return b.toString();
    }

    private static List<String> shape(UserGuide guide) {
        List<String> shape = new ArrayList<>();
        for (GuideBlock b : guide.blocks()) {
            if (b instanceof GuideBlock.Heading h) {
                shape.add("h" + h.level());
            } else if (b instanceof GuideBlock.Image i) {
                shape.add(i.path());
            } else if (b instanceof GuideBlock.Table t) {
                shape.add("table" + t.rows().size());
            } else if (b instanceof GuideBlock.Code) {
                shape.add("code");
            }
        }
        return shape;
    }
}
