package org.inspectorbench.monitoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceAndInteractionCheckTest {

    private static final ServiceGuideRule GUIDE = new ServiceGuideRule(4, 5);
    private static final LocalDate MONITORING = LocalDate.of(2022, 11, 25);
    private static final InteractionRule INTERACTION = new InteractionRule(Period.ofYears(1), Period.ofMonths(3), 1);

    /** A matter whose guide lacks the first {@code missing} of the 10 key elements. */
    private static ServiceMatter matter(String name, int missing) {
        EnumSet<GuideElement> present = EnumSet.allOf(GuideElement.class);
        for (int i = 0; i < missing; i++) {
            present.remove(GuideElement.values()[i]);
        }
        return new ServiceMatter(name, present);
    }

    private static List<ServiceMatter> matters(int complete, int missing4) {
        List<ServiceMatter> list = new ArrayList<>();
        for (int i = 0; i < complete; i++) {
            list.add(matter("完整事项" + i, 3));
        }
        for (int i = 0; i < missing4; i++) {
            list.add(matter("缺项事项" + i, 4));
        }
        return list;
    }

    @Test
    void fiveIncompleteMattersAreAVeto() {
        ServiceGuideReport r = ServiceGuideCheck.evaluate(true, matters(10, 5), GUIDE);
        assertEquals(5, r.incomplete().size());
        assertEquals(List.of("2"), r.proposal().conditions());
        assertTrue(r.proposal().evidence().contains("缺项事项0（缺事项名称、设定依据、申请条件、办理材料）"), r.proposal().evidence());
        assertFalse(ServiceGuideCheck.evaluate(true, matters(10, 4), GUIDE).proposal().holds());
    }

    @Test
    void fewerThanFiveMattersAllIncompleteIsAVeto() {
        assertEquals(List.of("3"), ServiceGuideCheck.evaluate(true, matters(0, 3), GUIDE).proposal().conditions());
        assertFalse(ServiceGuideCheck.evaluate(true, matters(1, 3), GUIDE).proposal().holds(), "one matter misses only 3");
        assertEquals(List.of("1"), ServiceGuideCheck.evaluate(false, List.of(), GUIDE).proposal().conditions());
        assertFalse(ServiceGuideCheck.evaluate(true, List.of(), GUIDE).proposal().holds(), "nothing recorded yet");
        assertEquals(6, matter("x", 6).missing().size());
    }

    @Test
    void messagesUnansweredForMoreThanThreeMonths() {
        List<PublicMessage> messages = List.of(
                new PublicMessage("准时", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 1)),
                new PublicMessage("较晚但未超3个月", LocalDate.of(2022, 8, 1), LocalDate.of(2022, 11, 1)),
                new PublicMessage("一年以前", LocalDate.of(2021, 11, 1), null),
                new PublicMessage("尚未到期", LocalDate.of(2022, 9, 1), null));
        InteractionReport ok = InteractionCheck.evaluate(true, messages, MONITORING, INTERACTION);
        assertEquals(3, ok.checked());
        assertFalse(ok.proposal().holds());

        List<PublicMessage> late = new ArrayList<>(messages);
        late.add(new PublicMessage("超期答复", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 2)));
        late.add(new PublicMessage("至今未答复", LocalDate.of(2022, 8, 24), null));
        InteractionReport bad = InteractionCheck.evaluate(true, late, MONITORING, INTERACTION);
        assertEquals(2, bad.overdue().size());
        assertEquals(List.of("2"), bad.proposal().conditions());
        assertTrue(bad.proposal().evidence().contains("至今未答复（2022-08-24 留言，至今未答复）"), bad.proposal().evidence());

        assertEquals(List.of("1"), InteractionCheck.evaluate(false, List.of(), MONITORING, INTERACTION).proposal().conditions());
    }
}
