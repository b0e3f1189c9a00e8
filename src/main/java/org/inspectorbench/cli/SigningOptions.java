package org.inspectorbench.cli;

import org.inspectorbench.signing.SignaturePlacement;
import org.inspectorbench.signing.SignatureRequest;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.ZoneId;

/** What a signature says and where its box goes: shared by `sign` and `report countersign`. */
final class SigningOptions {

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = SignatureRequest.DEFAULT_REASON,
            description = "the reason written in the signature (default: ${DEFAULT-VALUE})")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", description = "where it was signed, e.g. 绵阳市")
    String location;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0",
            description = "the page for the signature box (1 = first; default: the last page)")
    int page;

    @Option(names = "--box", paramLabel = "X,Y,W,H", split = ",",
            description = "the box in points from the page's lower-left corner "
                    + "(default: bottom right, beside any earlier signature box)")
    float[] box;

    SignatureRequest request(Instant now) {
        if (page < 0) {
            throw new UserError("--page must be 1 or more (or leave it out for the last page)");
        }
        SignaturePlacement placement;
        if (box == null) {
            placement = SignaturePlacement.automatic(page);
        } else if (box.length != 4 || box[2] <= 0 || box[3] <= 0) {
            throw new UserError("--box needs four numbers X,Y,W,H with a positive width and height, e.g. 340,40,220,76");
        } else {
            placement = SignaturePlacement.at(page, box[0], box[1], box[2], box[3]);
        }
        return new SignatureRequest(reason, location, now, ZoneId.systemDefault(), placement);
    }
}
