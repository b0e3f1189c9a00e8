package org.inspectorbench.cli;

import org.inspectorbench.json.Json;
import org.inspectorbench.sampling.SampleDraw;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleCommandTest {

    @TempDir
    Path dir;

    private Path candidates(int n) throws IOException {
        Path f = dir.resolve("candidates.txt");
        Files.writeString(f, IntStream.rangeClosed(1, n).mapToObj(i -> "政策文件" + i + "\thttp://www.my.gov.cn/" + i)
                .collect(Collectors.joining("\n")));
        return f;
    }

    @Test
    void drawThenVerifyWithTheJson() throws IOException {
        Path c = candidates(10);
        Path out = dir.resolve("draw.json");
        CliRun draw = CliRun.of("sample", "draw", "--candidates", c.toString(), "--size", "4", "--seed", "20221125", "--out", out.toString());
        assertEquals(0, draw.exit(), draw.err());
        // seed 20221125 draws indices 8, 1, 7, 4 (SamplerTest's golden vector): items 9, 2, 8, 5
        assertTrue(draw.out().contains("1. [#9] 政策文件9"), draw.out());
        assertTrue(draw.out().contains("4. [#5] 政策文件5"), draw.out());
        SampleDraw recorded = Json.mapper().readValue(out.toFile(), SampleDraw.class);
        assertEquals(java.util.List.of(8, 1, 7, 4), recorded.drawn());

        CliRun ok = CliRun.of("sample", "verify", "--candidates", c.toString(), "--size", "4", "--seed", "20221125", "--drawn", out.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());

        CliRun again = CliRun.of("sample", "draw", "--candidates", c.toString(), "--size", "4", "--seed", "1", "--out", out.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void verifyATypedListInAnyOrderAndReportADifference() throws IOException {
        Path c = candidates(10);
        Path drawn = dir.resolve("drawn.txt");
        Files.writeString(drawn, "政策文件2\n政策文件5\nhttp://www.my.gov.cn/8\n政策文件9\n");
        CliRun ok = CliRun.of("sample", "verify", "--candidates", c.toString(), "--size", "4", "--seed", "20221125", "--drawn", drawn.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());

        Files.writeString(drawn, "政策文件2\n政策文件5\n政策文件3\n政策文件9\n");
        CliRun bad = CliRun.of("sample", "verify", "--candidates", c.toString(), "--size", "4", "--seed", "20221125", "--drawn", drawn.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("- 政策文件8"), bad.out());
        assertTrue(bad.out().contains("+ 政策文件3"), bad.out());

        CliRun otherSeed = CliRun.of("sample", "verify", "--candidates", c.toString(), "--size", "4", "--seed", "7", "--drawn", drawn.toString());
        assertNotEquals(0, otherSeed.exit());
    }

    @Test
    void fewerCandidatesThanNAndAGbkCsv() throws IOException {
        Path csv = dir.resolve("guides.csv");
        Files.write(csv, "名称,链接\n办事指南一,http://a\n办事指南二,http://b\n".getBytes(Charset.forName("GB18030")));
        CliRun r = CliRun.of("sample", "draw", "--candidates", csv.toString(), "--size", "5");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("2 of 2 candidates"), r.out());
        assertTrue(r.out().contains("不足5个，检查全部"), r.out());
        assertTrue(r.out().contains("办事指南二 (http://b)"), r.out());
    }

    @Test
    void badInputIsAUserError() throws IOException {
        CliRun missing = CliRun.of("sample", "draw", "--candidates", dir.resolve("nope.txt").toString(), "--size", "3");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        CliRun zero = CliRun.of("sample", "draw", "--candidates", candidates(3).toString(), "--size", "0");
        assertEquals(2, zero.exit());
        Path dup = dir.resolve("dup.txt");
        Files.writeString(dup, "A\nA\n");
        CliRun d = CliRun.of("sample", "draw", "--candidates", dup.toString(), "--size", "1");
        assertEquals(2, d.exit());
        assertTrue(d.err().contains("line 2 repeats line 1"), d.err());
    }
}
