package org.inspectorbench.ui.help;

import org.inspectorbench.ui.help.GuideBlock.Span;
import org.inspectorbench.ui.help.GuideBlock.Span.Style;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class GuideParserTest {

    @Test
    void headingsParagraphsAndInlineStyles() {
        List<GuideBlock> blocks = GuideParser.parse("""
                # 用户指南

                按 **F1** 打开本指南,
                命令是 `inspector verify`。See [the English guide](user-guide.en.md).
                """);
        assertEquals(new GuideBlock.Heading(1, "用户指南", "用户指南"), blocks.get(0));
        GuideBlock.Paragraph p = assertInstanceOf(GuideBlock.Paragraph.class, blocks.get(1));
        assertEquals(List.of(
                new Span("按 ", Style.PLAIN), new Span("F1", Style.BOLD), new Span(" 打开本指南, 命令是 ", Style.PLAIN),
                new Span("inspector verify", Style.CODE), new Span("。See ", Style.PLAIN),
                new Span("the English guide", Style.PLAIN), new Span(".", Style.PLAIN)), p.spans());
        assertEquals(2, blocks.size());
    }

    @Test
    void latinLinesOfAParagraphJoinWithASpaceChineseOnesWithout() {
        assertEquals("one two", text(GuideParser.parse("one\ntwo").get(0)));
        assertEquals("完好。程序", text(GuideParser.parse("完好。\n程序").get(0)));
        assertEquals("检查员的一天", text(GuideParser.parse("检查员\n的一天").get(0)));
    }

    @Test
    void listsWithContinuationLinesNumbersAndDepth() {
        List<GuideBlock> blocks = GuideParser.parse("""
                1. 运行安装包,
                   按提示安装。
                2. 打开程序:
                   - **您的姓名**: 记在每条记录上。
                - last
                """);
        assertEquals(4, blocks.size());
        GuideBlock.ListItem first = (GuideBlock.ListItem) blocks.get(0);
        assertEquals("1.", first.marker());
        assertEquals(0, first.depth());
        assertEquals("运行安装包, 按提示安装。", text(first));
        GuideBlock.ListItem nested = (GuideBlock.ListItem) blocks.get(2);
        assertEquals("•", nested.marker());
        assertEquals(1, nested.depth());
        assertEquals(new Span("您的姓名", Style.BOLD), nested.spans().get(0));
        assertEquals(0, ((GuideBlock.ListItem) blocks.get(3)).depth());
    }

    @Test
    void imagesTablesQuotesAndCode() {
        List<GuideBlock> blocks = GuideParser.parse("""
                ![主窗口](screenshots/main-window.png)

                | 按键 | 作用 |
                |---|---|
                | Ctrl+Z | 撤销 |
                | `a\\|b` | pipe |

                > 逾期未报的,
                > 视为未开展相关工作

                ```
                inspector bundle verify B.inspbundle
                  --trust DIR
                ```
                """);
        assertEquals(new GuideBlock.Image("主窗口", "screenshots/main-window.png"), blocks.get(0));
        GuideBlock.Table table = (GuideBlock.Table) blocks.get(1);
        assertEquals(3, table.rows().size(), "the |---| line is not a row");
        assertEquals(List.of(new Span("Ctrl+Z", Style.PLAIN)), table.rows().get(1).get(0));
        assertEquals(List.of(new Span("a|b", Style.CODE)), table.rows().get(2).get(0));
        assertEquals("逾期未报的, 视为未开展相关工作", text(blocks.get(2)));
        assertEquals(new GuideBlock.Code("inspector bundle verify B.inspbundle\n  --trust DIR"), blocks.get(3));
    }

    @Test
    void anchorsFollowGitHub() {
        assertEquals("an-inspectors-day", GuideParser.anchor("An inspector's day"));
        assertEquals("1-收集并验证数据包", GuideParser.anchor("1. 收集并验证数据包"));
    }

    private static String text(GuideBlock block) {
        List<Span> spans;
        if (block instanceof GuideBlock.Paragraph p) {
            spans = p.spans();
        } else if (block instanceof GuideBlock.ListItem l) {
            spans = l.spans();
        } else {
            spans = ((GuideBlock.Quote) block).spans();
        }
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
