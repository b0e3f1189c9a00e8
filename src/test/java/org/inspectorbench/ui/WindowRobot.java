package org.inspectorbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Small helpers for the window's robot tests: find a rule's control by the rule's text, wait. */
final class WindowRobot {

    private final FxRobot robot;

    WindowRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** The first node of {@code type} in the row whose rule text starts with {@code ruleText}. */
    <T extends Node> T inRule(String ruleText, Class<T> type) {
        Node row = robot.lookup(".rule-row").match((Node n) -> hasLabel(n, ruleText)).query();
        return find(row, type::isInstance).map(type::cast)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in rule " + ruleText));
    }

    /** The first node in the rule's row that {@code p} accepts. */
    Node inRule(String ruleText, Predicate<Node> p) {
        Node row = robot.lookup(".rule-row").match((Node n) -> hasLabel(n, ruleText)).query();
        return find(row, p).orElseThrow(() -> new AssertionError("nothing such in rule " + ruleText));
    }

    private static boolean hasLabel(Node n, String prefix) {
        return find(n, c -> c instanceof Label l && l.getText() != null && l.getText().startsWith(prefix)).isPresent();
    }

    static Optional<Node> find(Node n, Predicate<Node> p) {
        if (p.test(n)) {
            return Optional.of(n);
        }
        if (n instanceof Parent parent) {
            for (Node c : parent.getChildrenUnmodifiable()) {
                Optional<Node> f = find(c, p);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForText(String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> expected.equals(text(query)));
        } catch (Exception e) {
            throw new AssertionError(query + " should read \"" + expected + "\" but reads \"" + text(query) + "\"");
        }
    }
}
