package org.inspectorbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitorColumnsCommandTest {

    @TempDir
    Path dir;

    @Test
    void fiveStaleColumnsFromACsvProposeTheVeto() throws IOException {
        Path f = dir.resolve("columns.csv");
        Files.writeString(f, """
                栏目,类别,一级栏目,最近更新,空白,应更新
                工作动态,动态要闻类,是,2022-11-01,否,是
                部门动态,动态要闻类,否,2022-11-12,否,是
                通知公告,通知公告类,是,2022-05-01,否,是
                政策文件,政策文件类,是,,否,是
                乡镇动态,动态要闻,否,2022-10-01,否,是
                图片新闻,DYNAMIC_NEWS,是,2022-11-11,否,是
                专题专栏,其他,否,,是,否
                """);
        CliRun r = CliRun.of("monitor", "columns", "--columns", f.toString(), "--monitoring-date", "2022-11-25",
                "--homepage-updated", "2022-11-20");
        assertEquals(0, r.exit(), r.err());
        // no update since 2022-11-11 (any level): 工作动态, 乡镇动态; first-level, none since 2022-05-25: 通知公告, 政策文件 -> 4
        // (部门动态 on 11-12 and 图片新闻 on 11-11, exactly 2 weeks before, are in time)
        assertTrue(r.out().contains("1. 未更新"), r.out());
        assertTrue(r.out().contains(" 4 个（否决线 5 个）"), r.out());
        assertTrue(r.out().contains("【政府网站/栏目不更新：未达否决线 not proposed】"), r.out());
        assertTrue(r.out().contains("【政府网站/首页不更新：未达否决线 not proposed】"), r.out());

        Files.writeString(f, Files.readString(f).replace("图片新闻,DYNAMIC_NEWS,是,2022-11-11", "图片新闻,DYNAMIC_NEWS,是,2022-11-10"));
        CliRun five = CliRun.of("monitor", "columns", "--columns", f.toString(), "--monitoring-date", "2022-11-25");
        assertTrue(five.out().contains("【建议单项否决 veto proposed: 政府网站/栏目不更新 第1项】"), five.out());
    }

    @Test
    void badRowsAreNamed() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "name,kind,first_level,last_update,empty,should_update\n动态,新闻类,是,2022-13-01,否,也许\n");
        CliRun r = CliRun.of("monitor", "columns", "--columns", f.toString(), "--monitoring-date", "2022-11-25");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("line 2: kind \"新闻类\""), r.err());
        assertTrue(r.err().contains("last_update \"2022-13-01\""), r.err());
        assertTrue(r.err().contains("should_update \"也许\""), r.err());
    }
}
