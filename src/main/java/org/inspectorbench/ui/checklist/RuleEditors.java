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
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.session.FindingKey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds the row of one rule: its text, the input that fits its kind, and the finding's note. */
final class RuleEditors {

    private final WorkbenchViewModel vm;
    private final I18n i18n;
    private final Consumer<FindingKey> focused;
    private final SampleDrawer sampler;

    RuleEditors(WorkbenchViewModel vm, I18n i18n, Consumer<FindingKey> focused, SampleDrawer sampler) {
        this.vm = vm;
        this.i18n = i18n;
        this.focused = focused;
        this.sampler = sampler;
    }

    Node build(ChecklistNode.RuleNode node) {
        Rule rule = node.rule();
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
            text.setTooltip(new Tooltip(i18n.get("rule.reading", rule.reading())));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, id, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("rule-row");
        if (!node.applicable()) {
            row.setDisable(true);
            return row;
        }
        Optional<FindingRecord> f = vm.finding(node.key());
        TextField note = new TextField(f.map(FindingRecord::note).orElse(""));
        note.getStyleClass().add("note-field");
        note.promptTextProperty().bind(i18n.text("rule.note"));
        note.setPrefColumnCount(9);
        note.setDisable(f.isEmpty());
        Node input = input(node, note);
        input.getStyleClass().add("rule-input");
        note.setOnAction(e -> vm.setNote(node.key(), note.getText()));
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.setNote(node.key(), note.getText());
            }
        });
        VBox right = new VBox(2, input);
        if (rule.sample() != null) {
            right.getChildren().add(sampleBox(node));
        }
        row.getChildren().addAll(right, note);
        for (Node n : new Node[]{input, note}) {
            n.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    focused.accept(node.key());
                }
            });
        }
        return row;
    }

    private Node sampleBox(ChecklistNode.RuleNode node) {
        Label result = new Label();
        result.getStyleClass().add("muted");
        result.setWrapText(true);
        result.setMaxWidth(220);
        Button draw = new Button();
        draw.textProperty().bind(i18n.text("rule.sample", node.rule().sample().size(), node.rule().sample().of()));
        draw.setOnAction(e -> sampler.draw(node.key(), node.rule().sample(), result::setText));
        sampler.showLast(node.key(), result::setText);
        return new VBox(2, draw, result);
    }

    /** Enables the note once a finding exists: a note belongs to a finding. */
    private void afterEdit(FindingKey key, TextField note) {
        note.setDisable(vm.finding(key).isEmpty());
    }

    private Node input(ChecklistNode.RuleNode node, TextField note) {
        Rule rule = node.rule();
        FindingKey key = node.key();
        Optional<FindingRecord> f = vm.finding(key);
        return switch (rule.kind()) {
            case CHECK -> {
                CheckBox box = new CheckBox();
                box.textProperty().bind(i18n.text(node.part().bonus() ? "rule.check.award" : "rule.check.deduct",
                        plain(rule.points())));
                box.setSelected(f.isPresent());
                box.selectedProperty().addListener((o, a, b) -> {
                    vm.setHolds(key, b);
                    afterEdit(key, note);
                });
                yield box;
            }
            case COUNT -> counter(node, note, f);
            case MEASURE -> measure(node, note, f);
        };
    }

    private Node counter(ChecklistNode.RuleNode node, TextField note, Optional<FindingRecord> f) {
        Rule rule = node.rule();
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 9999,
                f.map(r -> r.count() == null ? 1 : r.count()).orElse(0)));
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        spinner.getStyleClass().add("count-spinner");
        Label info = new Label(rule.cap() == null
                ? i18n.get("rule.count.each", plain(rule.points()))
                : i18n.get("rule.count.eachCapped", plain(rule.points()), plain(rule.cap())));
        info.getStyleClass().add("muted");
        Label capped = new Label(i18n.get("rule.count.capReached"));
        capped.getStyleClass().add("cap-reached");
        Runnable showCap = () -> capped.setVisible(rule.cap() != null && rule.points() != null
                && rule.points().multiply(BigDecimal.valueOf(spinner.getValue())).compareTo(rule.cap()) > 0);
        showCap.run();
        spinner.valueProperty().addListener((o, a, b) -> {
            vm.setCount(node.key(), b == null ? 0 : b);
            afterEdit(node.key(), note);
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
        HBox box = new HBox(6, spinner, info, capped);
        box.setAlignment(Pos.CENTER_LEFT);
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                focused.accept(node.key());
            }
        });
        return box;
    }

    private Node measure(ChecklistNode.RuleNode node, TextField note, Optional<FindingRecord> f) {
        Measure.Type type = node.rule().measure().type();
        String value = f.map(FindingRecord::value).orElse(null);
        FindingKey key = node.key();
        return switch (type) {
            case DATE -> {
                DatePicker picker = new DatePicker(MeasureValues.parseDate(value));
                picker.setPrefWidth(140);
                picker.promptTextProperty().bind(i18n.text("rule.date.prompt"));
                picker.valueProperty().addListener((o, a, b) -> {
                    vm.setValue(key, b == null ? "" : b.toString());
                    afterEdit(key, note);
                });
                yield picker;
            }
            case FRACTION -> numberField(key, note, MeasureValues.percentFromFraction(value), "%",
                    MeasureValues::fractionFromPercent);
            case NUMBER -> numberField(key, note, value == null ? "" : value, "", MeasureValues::number);
            case WORKING_DAYS -> workingDays(key, note, value);
        };
    }

    private Node numberField(FindingKey key, TextField note, String initial, String suffix,
                             java.util.function.Function<String, Optional<String>> parse) {
        TextField field = new TextField(initial);
        field.setPrefColumnCount(6);
        field.getStyleClass().add("measure-field");
        field.textProperty().addListener((o, a, b) -> {
            Optional<String> v = parse.apply(b);
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), v.isEmpty());
            v.ifPresent(s -> {
                vm.setValue(key, s);
                afterEdit(key, note);
            });
        });
        HBox box = new HBox(4, field, new Label(suffix));
        box.setAlignment(Pos.CENTER_LEFT);
        field.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                focused.accept(key);
            }
        });
        return box;
    }

    private Node workingDays(FindingKey key, TextField note, String value) {
        LocalDate[] dates = MeasureValues.parseInterval(value);
        DatePicker asked = new DatePicker(dates[0]);
        DatePicker answered = new DatePicker(dates[1]);
        asked.promptTextProperty().bind(i18n.text("rule.asked"));
        answered.promptTextProperty().bind(i18n.text("rule.answered"));
        for (DatePicker p : new DatePicker[]{asked, answered}) {
            p.setPrefWidth(130);
            p.valueProperty().addListener((o, a, b) -> {
                vm.setValue(key, MeasureValues.interval(asked.getValue(), answered.getValue()));
                afterEdit(key, note);
            });
            p.focusedProperty().addListener((o, was, is) -> {
                if (is) {
                    focused.accept(key);
                }
            });
        }
        HBox box = new HBox(4, asked, new Label("→"), answered);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
