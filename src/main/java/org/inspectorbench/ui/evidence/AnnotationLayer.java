package org.inspectorbench.ui.evidence;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/** Draws an {@link Annotations} layer over the image, in image coordinates. */
public final class AnnotationLayer extends Group {

    private final Group shapes = new Group();
    private final Group preview = new Group();
    private Annotations annotations = Annotations.empty();

    public AnnotationLayer() {
        getChildren().addAll(shapes, preview);
        getStyleClass().add("annotation-layer");
    }

    public Annotations annotations() {
        return annotations;
    }

    public void setAnnotations(Annotations a) {
        annotations = a;
        shapes.getChildren().clear();
        for (Annotations.Shape s : a.shapes()) {
            shapes.getChildren().add(draw(s));
        }
    }

    void preview(Annotations.Kind kind, Point2D from, Point2D to) {
        preview.getChildren().setAll(draw(new Annotations.Shape(kind, from.getX(), from.getY(), to.getX(), to.getY(),
                null)));
    }

    void clearPreview() {
        preview.getChildren().clear();
    }

    static Node draw(Annotations.Shape s) {
        return switch (s.kind()) {
            case BOX -> {
                Rectangle r = new Rectangle(Math.min(s.x1(), s.x2()), Math.min(s.y1(), s.y2()),
                        Math.abs(s.x2() - s.x1()), Math.abs(s.y2() - s.y1()));
                r.getStyleClass().add("annotation-box");
                yield r;
            }
            case ARROW -> arrow(s);
            case TEXT -> {
                Text t = new Text(s.x1(), s.y1(), s.text() == null ? "" : s.text());
                t.getStyleClass().add("annotation-text");
                yield t;
            }
        };
    }

    private static Node arrow(Annotations.Shape s) {
        Line line = new Line(s.x1(), s.y1(), s.x2(), s.y2());
        line.getStyleClass().add("annotation-arrow");
        double angle = Math.atan2(s.y2() - s.y1(), s.x2() - s.x1());
        double len = 16;
        double spread = Math.toRadians(25);
        Polygon head = new Polygon(
                s.x2(), s.y2(),
                s.x2() - len * Math.cos(angle - spread), s.y2() - len * Math.sin(angle - spread),
                s.x2() - len * Math.cos(angle + spread), s.y2() - len * Math.sin(angle + spread));
        head.getStyleClass().add("annotation-arrow-head");
        return new Group(line, head);
    }
}
