package org.inspectorbench.signing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.inspectorbench.report.PdfFonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The visible part of a signature: a framed box with signer, organisation, time, reason and the
 * start of the certificate fingerprint, in Chinese with the bundled font (subset, so the box adds
 * a few KB). Built as the small template document PDFBox's {@code SignatureOptions} takes (the
 * pattern of PDFBox's CreateVisibleSignature2 example): saving the template subsets the font, and
 * PDFBox copies the widget and its appearance into the signed document's incremental update.
 */
final class SignatureAppearance {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final float PADDING = 6;
    private static final float MAX_FONT_SIZE = 8.5f;
    private static final float MIN_FONT_SIZE = 4f;
    private static final float LEADING = 1.45f;
    /** Seal red for the frame and the signer line: the colour readers associate with an official stamp. */
    private static final Color SEAL_RED = new Color(0xB0, 0x1E, 0x1E);
    private static final Color BACKGROUND = new Color(0xFF, 0xF8, 0xF5);

    private SignatureAppearance() {
    }

    static List<String> lines(SigningIdentity identity, SignatureRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add("签名人：" + identity.name());
        lines.add("单位：" + identity.organisation());
        lines.add("时间：" + TIME.format(request.time().atZone(request.zone())));
        lines.add("事由：" + request.reason());
        if (request.location() != null) {
            lines.add("地点：" + request.location());
        }
        // Enough of the fingerprint for a person to match it against the office's trust list.
        lines.add("证书指纹：" + identity.fingerprint().substring(0, 23));
        return lines;
    }

    /** The template document (saved) for a box of {@code box}'s size on a page of {@code mediaBox}. */
    static byte[] template(PDRectangle mediaBox, SignaturePlacement.Box box, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(mediaBox);
            doc.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(new PDRectangle(box.x(), box.y(), box.width(), box.height()));

            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(box.width(), box.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                draw(cs, box, printable(lines, regular, bold), regular, bold);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void draw(PDPageContentStream cs, SignaturePlacement.Box box, List<String> lines,
                             PDFont regular, PDFont bold) throws IOException {
        cs.setNonStrokingColor(BACKGROUND);
        cs.addRect(0, 0, box.width(), box.height());
        cs.fill();
        cs.setStrokingColor(SEAL_RED);
        cs.setLineWidth(1.2f);
        cs.addRect(0.6f, 0.6f, box.width() - 1.2f, box.height() - 1.2f);
        cs.stroke();

        float size = fontSize(box, lines, regular, bold);
        float leading = size * LEADING;
        // Centre the block vertically: a caller's taller box should not leave all its space at the bottom.
        float block = size + (lines.size() - 1) * leading;
        float y = (box.height() + block) / 2 - size * 0.88f;
        for (int i = 0; i < lines.size(); i++) {
            PDFont font = i == 0 ? bold : regular;
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(i == 0 ? SEAL_RED : Color.BLACK);
            cs.newLineAtOffset(PADDING, y);
            cs.showText(lines.get(i));
            cs.endText();
            y -= leading;
        }
    }

    /** The largest size up to 8.5 pt at which every line fits the box (long organisation names shrink it). */
    static float fontSize(SignaturePlacement.Box box, List<String> lines, PDFont regular, PDFont bold) throws IOException {
        float widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            widest = Math.max(widest, (i == 0 ? bold : regular).getStringWidth(lines.get(i)) / 1000f);
        }
        float byWidth = widest == 0 ? MAX_FONT_SIZE : (box.width() - 2 * PADDING) / widest;
        float byHeight = (box.height() - 2 * PADDING) / (1 + (lines.size() - 1) * LEADING);
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, Math.min(byWidth, byHeight)));
    }

    /** Replaces characters the font has no glyph for (emoji, rare ideographs) with '?' rather than failing. */
    static List<String> printable(List<String> lines, PDFont regular, PDFont bold) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            StringBuilder sb = new StringBuilder();
            line.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                sb.append(hasGlyph(regular, ch) && hasGlyph(bold, ch) ? ch : "?");
            });
            out.add(sb.toString());
        }
        return out;
    }

    private static boolean hasGlyph(PDFont font, String ch) {
        try {
            font.encode(ch);
            return !Character.isISOControl(ch.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
