package org.inspectorbench.sampling;

import org.inspectorbench.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleDrawTest {

    private static List<Candidate> candidates(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Candidate("政策文件" + i, "http://www.my.gov.cn/zcwj/" + i + ".html")).toList();
    }

    @Test
    void sameSeedSameSample() {
        SampleDraw a = SampleDraw.draw(candidates(12), 3, 99L);
        SampleDraw b = SampleDraw.draw(candidates(12), 3, 99L);
        assertEquals(a.drawn(), b.drawn());
        assertEquals(3, a.drawnCandidates().size());
        assertTrue(a.reproduces());
        assertFalse(a.checksAll());
    }

    @Test
    void fewerThanNChecksAll() {
        SampleDraw d = SampleDraw.draw(candidates(2), 3, 5L);
        assertTrue(d.checksAll());
        assertEquals(List.of(0, 1), d.drawn());
    }

    @Test
    void marksGiveTheFindingCount() {
        SampleDraw d = SampleDraw.draw(candidates(8), 3, 1L);
        int first = d.drawn().get(0);
        int second = d.drawn().get(1);
        d = d.withMark(new SampleMark(first, false, "未关联解读稿", List.of("sha256:ab")))
                .withMark(new SampleMark(second, true, null, null));
        assertEquals(1, d.failCount());
        assertEquals(List.of(d.drawn().get(2)), d.unmarked());
        d = d.withMark(new SampleMark(second, false, "电话错误", List.of()));
        assertEquals(2, d.failCount(), "a new mark replaces the old one");
        assertEquals(2, d.marks().size());
        int notDrawn = IntStream.range(0, 8).filter(i -> !SampleDraw.draw(candidates(8), 3, 1L).drawn().contains(i)).findFirst().orElseThrow();
        SampleDraw fixed = d;
        assertThrows(IllegalArgumentException.class, () -> fixed.withMark(new SampleMark(notDrawn, true, null, null)));
    }

    @Test
    void tamperedDrawDoesNotReproduce() {
        SampleDraw d = SampleDraw.draw(candidates(12), 3, 99L);
        int other = IntStream.range(0, 12).filter(i -> !d.drawn().contains(i)).findFirst().orElseThrow();
        SampleDraw tampered = new SampleDraw(d.algorithm(), d.seed(), d.size(), d.candidates(),
                List.of(other, d.drawn().get(1), d.drawn().get(2)), List.of());
        assertFalse(tampered.reproduces());
    }

    @Test
    void jsonRoundTripForTheWorkspace() throws Exception {
        SampleDraw d = SampleDraw.draw(List.of(new Candidate("办事指南A", null), new Candidate(null, "http://x.gov.cn/b"),
                new Candidate("C", "http://x.gov.cn/c")), 2, -7L).withMark(new SampleMark(0, false, "缺少收费标准", List.of()));
        String json = Json.mapper().writeValueAsString(d);
        assertFalse(json.contains("failCount"), json);
        SampleDraw back = Json.mapper().readValue(json, SampleDraw.class);
        assertEquals(d, back);
        assertTrue(back.reproduces());
    }
}
