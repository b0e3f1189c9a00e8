package org.inspectorbench.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.inspectorbench.ui.help.GuideBlock.Span;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders the guide's blocks as JavaFX nodes in a scroll pane; headings can be scrolled to. */
final class GuideView extends ScrollPane {

    private static final double IMAGE_WIDTH = 760;

    private final VBox page = new VBox(8);
    private final Map<String, Node> anchors = new HashMap<>();

    GuideView() {
        page.setPadding(new Insets(16, 24, 24, 24));
        page.getStyleClass().add("guide-page");
        page.setMaxWidth(IMAGE_WIDTH + 48);
        setContent(page);
        setFitToWidth(true);
        setId("guide-view");
    }

    void show(UserGuide guide) {
        page.getChildren().clear();
        anchors.clear();
        for (GuideBlock block : guide.blocks()) {
            Node node = node(block);
            if (block instanceof GuideBlock.Heading h) {
                anchors.putIfAbsent(h.anchor(), node);
            }
            page.getChildren().add(node);
        }
        setVvalue(0);
    }

    void scrollTo(String anchor) {
        Node target = anchors.get(anchor);
        if (target == null) {
            return;
        }
        double content = page.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        double y = target.getBoundsInParent().getMinY();
        setVvalue(content <= viewport ? 0 : Math.min(1, y / (content - viewport)));
    }

    private Node node(GuideBlock block) {
        if (block instanceof GuideBlock.Heading h) {
            Label l = new Label(h.text());
            l.setWrapText(true);
            l.getStyleClass().addAll("guide-heading", "guide-h" + h.level());
            return l;
        }
        if (block instanceof GuideBlock.Paragraph p) {
            return flow(p.spans(), "guide-paragraph");
        }
        if (block instanceof GuideBlock.ListItem item) {
            Label marker = new Label(item.marker());
            marker.setMinWidth(22);
            HBox row = new HBox(4, marker, flow(item.spans(), "guide-paragraph"));
            row.setPadding(new Insets(0, 0, 0, 12 + 18 * item.depth()));
            return row;
        }
        if (block instanceof GuideBlock.Quote q) {
            TextFlow f = flow(q.spans(), "guide-quote");
            f.setPadding(new Insets(6, 10, 6, 12));
            return f;
        }
        if (block instanceof GuideBlock.Code c) {
            Label l = new Label(c.text());
            l.getStyleClass().addAll("mono", "guide-code");
            l.setPadding(new Insets(6, 10, 6, 10));
            return l;
        }
        if (block instanceof GuideBlock.Image img) {
            URL url = UserGuide.image(img.path());
            if (url == null) {
                Label missing = new Label("[" + img.alt() + "]");
                missing.getStyleClass().add("guide-missing-image");
                return missing;
            }
            // Background loading: the toolkit decodes the PNG off the FX thread.
            ImageView view = new ImageView(new Image(url.toExternalForm(), IMAGE_WIDTH, 0, true, true, true));
            view.setPreserveRatio(true);
            view.setAccessibleText(img.alt());
            VBox box = new VBox(2, view, caption(img.alt()));
            box.getStyleClass().add("guide-figure");
            return box;
        }
        GuideBlock.Table t = (GuideBlock.Table) block;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("guide-table");
        grid.setHgap(14);
        grid.setVgap(4);
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Span>> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                TextFlow cell = flow(row.get(c), r == 0 ? "guide-table-header" : "guide-table-cell");
                cell.setMaxWidth(c == row.size() - 1 ? 480 : 260);
                grid.add(cell, c, r);
            }
        }
        return grid;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("guide-caption");
        l.setWrapText(true);
        return l;
    }

    private static TextFlow flow(List<Span> spans, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Span s : spans) {
            Text t = new Text(s.text());
            t.getStyleClass().add(switch (s.style()) {
                case PLAIN -> "guide-text";
                case BOLD -> "guide-bold";
                case CODE -> "guide-inline-code";
            });
            flow.getChildren().add(t);
        }
        return flow;
    }
}
