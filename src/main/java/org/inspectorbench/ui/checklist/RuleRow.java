package org.inspectorbench.ui.checklist;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.inspectorbench.rubric.Measure;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.session.FindingKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The row of one rule: its text, the input that fits its kind, the finding's note. A row is made
 * once per rule (and applicability) and re-bound when the inspector moves to another unit or
 * website, so switching units sets values in existing controls instead of making new ones; values
 * set while binding are not edits.
 */
final class RuleRow {

    private final RuleEditors ctx;
    private final Rule rule;
    private final HBox row;
    private final Node view;
    private ChecklistNode.RuleNode node;
    private boolean binding;
    private TextField note;
    /** Commits the note typed for the rule this row shows (see WorkbenchViewModel.holdPendingEdit). */
    private final Runnable commitNote = this::commitNote;
    private CheckBox check;
    private Spinner<Integer> spinner;
    private DatePicker date;
    private TextField number;
    private Function<String, String> numberShown;
    private DatePicker asked;
    private DatePicker answered;
    private Label sampleResult;

    RuleRow(RuleEditors ctx, ChecklistNode.RuleNode first) {
        this.ctx = ctx;
        this.rule = first.rule();
        this.node = first;
        Label id = new Label(rule.id() + ".");
        id.getStyleClass().add("rule-id");
        id.setMinWidth(28);
        Label text = new Label(rule.text());
        text.getStyleClass().add("rule-text");
        text.setWrapText(true);
        text.setMinWidth(120);
        text.setPrefWidth(300);
        text.setMaxWidth(Double.MAX_VALUE);
        if (rule.reading() != null) {
            text.setTooltip(new Tooltip(ctx.i18n.get("rule.reading", rule.reading())));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(8, id, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("rule-row");
        view = new org.inspectorbench.ui.common.LayoutBarrier(row);
        if (!first.applicable()) {
            row.setDisable(true);
            return;
        }
        note = new TextField();
        note.getStyleClass().add("note-field");
        note.promptTextProperty().bind(ctx.i18n.text("rule.note"));
        note.setPrefColumnCount(9);
        Node input = input();
        input.getStyleClass().add("rule-input");
        note.setOnAction(e -> commitNote());
        note.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                ctx.vm.holdPendingEdit(commitNote);
            } else {
                ctx.vm.releasePendingEdit(commitNote);
                if (!binding) {
                    commitNote();
                }
            }
        });
        VBox right = new VBox(2, input);
        if (rule.sample() != null) {
            right.getChildren().add(sampleBox());
        }
        row.getChildren().addAll(right, note);
        focusFollows(note);
        bind(first);
    }

    Node view() {
        return view;
    }

    private FindingKey key() {
        return node.key();
    }

    /** Binds the row to {@code now} unless it shows that very rule already (a cell re-shown). */
    void bindIfOther(ChecklistNode.RuleNode now) {
        if (now != node) {
            bind(now);
        }
    }

    /** Shows this rule of another unit, website or account. */
    void bind(ChecklistNode.RuleNode now) {
        node = now;
        if (note == null) {
            return;
        }
        binding = true;
        try {
            Optional<FindingRecord> f = ctx.vm.finding(now.key());
            note.setText(f.map(FindingRecord::note).orElse(""));
            note.setDisable(f.isEmpty());
            String value = f.map(FindingRecord::value).orElse(null);
            if (check != null) {
                check.setSelected(f.isPresent());
            }
            if (spinner != null) {
                spinner.getValueFactory().setValue(f.map(r -> r.count() == null ? 1 : r.count()).orElse(0));
            }
            if (date != null) {
                date.setValue(MeasureValues.parseDate(value));
            }
            if (number != null) {
                number.setText(numberShown.apply(value));
            }
            if (asked != null) {
                LocalDate[] dates = MeasureValues.parseInterval(value);
                asked.setValue(dates[0]);
                answered.setValue(dates[1]);
            }
            if (sampleResult != null) {
                sampleResult.setText("");
                FindingKey k = now.key();
                ctx.sampler.showLast(k, text -> {
                    if (node.key().equals(k)) {
                        sampleResult.setText(text);
                    }
                });
            }
        } finally {
            binding = false;
        }
    }

    private void commitNote() {
        if (binding || note == null || note.isDisabled()) {
            return;
        }
        ctx.vm.setNote(key(), note.getText());
    }

    /** An edit of the inspector (not a value set by {@link #bind}): to the view model. */
    private void edited(Runnable change) {
        if (binding) {
            return;
        }
        change.run();
        note.setDisable(ctx.vm.finding(key()).isEmpty());
    }

    private void focusFollows(Node n) {
        n.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                ctx.focused.accept(key());
            }
        });
    }

    private Node input() {
        return switch (rule.kind()) {
            case CHECK -> {
                check = new CheckBox();
                check.textProperty().bind(ctx.i18n.text(node.part().bonus() ? "rule.check.award" : "rule.check.deduct",
                        RuleEditors.plain(rule.points())));
                check.selectedProperty().addListener((o, a, b) -> edited(() -> ctx.vm.setHolds(key(), b)));
                focusFollows(check);
                yield check;
            }
            case COUNT -> counter();
            case MEASURE -> measure();
        };
    }

    private Node sampleBox() {
        sampleResult = new Label();
        sampleResult.getStyleClass().add("muted");
        sampleResult.setWrapText(true);
        sampleResult.setMaxWidth(220);
        Button draw = new Button();
        draw.textProperty().bind(ctx.i18n.text("rule.sample", rule.sample().size(), rule.sample().of()));
        draw.setOnAction(e -> ctx.sampler.draw(key(), rule.sample(), sampleResult::setText));
        return new VBox(2, draw, sampleResult);
    }

    private Node counter() {
        spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 9999, 0));
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.getStyleClass().add("count-spinner");
        Label info = new Label(rule.cap() == null
                ? ctx.i18n.get("rule.count.each", RuleEditors.plain(rule.points()))
                : ctx.i18n.get("rule.count.eachCapped", RuleEditors.plain(rule.points()), RuleEditors.plain(rule.cap())));
        info.getStyleClass().add("muted");
        Label capped = new Label(ctx.i18n.get("rule.count.capReached"));
        capped.getStyleClass().add("cap-reached");
        Runnable showCap = () -> capped.setVisible(rule.cap() != null && rule.points() != null
                && rule.points().multiply(BigDecimal.valueOf(spinner.getValue())).compareTo(rule.cap()) > 0);
        showCap.run();
        spinner.valueProperty().addListener((o, a, b) -> {
            edited(() -> ctx.vm.setCount(key(), b == null ? 0 : b));
            showCap.run();
        });
        // Typed digits count at once, without waiting for Enter.
        spinner.getEditor().textProperty().addListener((o, a, b) -> {
            try {
                int v = Integer.parseInt(b.trim());
                if (v >= 0 && v != spinner.getValue()) {
                    spinner.getValueFactory().setValue(v);
                }
            } catch (NumberFormatException ignored) {
                // half-typed; the spinner restores its value on focus loss
            }
        });
        focusFollows(spinner);
        HBox box = new HBox(6, spinner, info, capped);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node measure() {
        Measure.Type type = rule.measure().type();
        return switch (type) {
            case DATE -> {
                date = new DatePicker();
                date.setPrefWidth(140);
                date.promptTextProperty().bind(ctx.i18n.text("rule.date.prompt"));
                date.valueProperty().addListener((o, a, b) ->
                        edited(() -> ctx.vm.setValue(key(), b == null ? "" : b.toString())));
                focusFollows(date);
                yield date;
            }
            case FRACTION -> numberField(MeasureValues::percentFromFraction, "%", MeasureValues::fractionFromPercent);
            case NUMBER -> numberField(v -> v == null ? "" : v, "", MeasureValues::number);
            case WORKING_DAYS -> workingDays();
        };
    }

    private Node numberField(Function<String, String> shown, String suffix, Function<String, Optional<String>> parse) {
        number = new TextField();
        numberShown = shown;
        number.setPrefColumnCount(6);
        number.getStyleClass().add("measure-field");
        number.textProperty().addListener((o, a, b) -> {
            Optional<String> v = parse.apply(b);
            number.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), v.isEmpty());
            v.ifPresent(s -> edited(() -> ctx.vm.setValue(key(), s)));
        });
        focusFollows(number);
        HBox box = new HBox(4, number, new Label(suffix));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node workingDays() {
        asked = new DatePicker();
        answered = new DatePicker();
        asked.promptTextProperty().bind(ctx.i18n.text("rule.asked"));
        answered.promptTextProperty().bind(ctx.i18n.text("rule.answered"));
        for (DatePicker p : new DatePicker[]{asked, answered}) {
            p.setPrefWidth(130);
            p.valueProperty().addListener((o, a, b) ->
                    edited(() -> ctx.vm.setValue(key(), MeasureValues.interval(asked.getValue(), answered.getValue()))));
            focusFollows(p);
        }
        HBox box = new HBox(4, asked, new Label("→"), answered);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
