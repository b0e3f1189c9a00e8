package org.inspectorbench.sampling;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateParserTest {

    @Test
    void pastedLines() {
        List<Candidate> c = CandidateParser.fromLines("""
                绵阳市人民政府关于印发某某办法的通知

                http://www.my.gov.cn/a.html
                关于某某的通知\thttp://www.my.gov.cn/b.html
                关于另一事项的通知 https://www.my.gov.cn/c.html
                """);
        assertEquals(List.of(new Candidate("绵阳市人民政府关于印发某某办法的通知", null),
                new Candidate(null, "http://www.my.gov.cn/a.html"),
                new Candidate("关于某某的通知", "http://www.my.gov.cn/b.html"),
                new Candidate("关于另一事项的通知", "https://www.my.gov.cn/c.html")), c);
    }

    @Test
    void csvWithChineseHeadersAndQuotedCommas() {
        List<Candidate> c = CandidateParser.parse("\uFEFF序号,标题,网址\r\n1,\"关于A、B,C的通知\",http://x/1\r\n2,事项二,\r\n", "list.CSV");
        assertEquals(List.of(new Candidate("关于A、B,C的通知", "http://x/1"), new Candidate("事项二", null)), c);
    }

    @Test
    void csvWithoutAKnownColumnIsRefused() {
        CandidateFormatException e = assertThrows(CandidateFormatException.class,
                () -> CandidateParser.fromCsv("a,b\n1,2\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void duplicatesAreRefusedWithLineNumbers() {
        CandidateFormatException e = assertThrows(CandidateFormatException.class,
                () -> CandidateParser.fromLines("A\nB\n\nA\n"));
        assertEquals(List.of("line 4 repeats line 1 (A): list each candidate once"), e.problems());
        CandidateFormatException csv = assertThrows(CandidateFormatException.class,
                () -> CandidateParser.fromCsv("title,url,note\nA,,x\n,,only a remark\n"));
        assertEquals(List.of("line 3: no title and no URL"), csv.problems());
    }
}
