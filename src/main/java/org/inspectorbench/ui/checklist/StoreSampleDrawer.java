package org.inspectorbench.ui.checklist;

import org.inspectorbench.rubric.Sample;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.DialogService;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.SampleDraw;
import org.inspectorbench.ui.session.FindingKey;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Draws through the store, which records the candidates and the seed so the office can redraw it. */
public final class StoreSampleDrawer implements SampleDrawer {

    private final WorkbenchViewModel vm;
    private final BackgroundTasks writer;
    private final DialogService dialogs;
    private final I18n i18n;

    public StoreSampleDrawer(WorkbenchViewModel vm, BackgroundTasks writer, DialogService dialogs, I18n i18n) {
        this.vm = vm;
        this.writer = writer;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Candidates are typed one per line or separated by ; , 、 (as they are copied from a page). */
    static List<String> candidates(String typed) {
        return Arrays.stream(typed.split("[\\n;；,，、]+")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    @Override
    public void draw(FindingKey rule, Sample sample, Consumer<String> result) {
        String unit = vm.sessionProperty().get().unit().name();
        dialogs.askText(i18n.get("sample.title"), i18n.get("sample.prompt", sample.size(), sample.of()), "")
                .map(StoreSampleDrawer::candidates)
                .filter(c -> !c.isEmpty())
                .ifPresent(c -> writer.run(() -> vm.store().drawSample(unit, rule.item(), rule.rule(), c, sample.size()),
                        d -> result.accept(describe(d))));
    }

    @Override
    public void showLast(FindingKey rule, Consumer<String> result) {
        String unit = vm.sessionProperty().get().unit().name();
        writer.run(() -> vm.store().lastDraw(unit, rule.item(), rule.rule()),
                d -> d.ifPresent(draw -> result.accept(describe(draw))));
    }

    private String describe(SampleDraw d) {
        return i18n.get("sample.drawn", String.join("、", d.drawn()), d.candidates().size(), Long.toString(d.seed()));
    }
}
