package org.inspectorbench.cli;

import org.inspectorbench.bundle.BundleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** {@code inspector bench bundle}: issue 6's figures (export vs zip -0, import+merge, re-import), printed, never asserted. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Export of N evidence images compared with `zip -0 -r` of the same files; import and merge of"
                + " several inspectors' bundles of N images each; re-import of a merged bundle.")
public final class BundleBench implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--images", defaultValue = "2000", paramLabel = "N", description = "images per bundle (default ${DEFAULT-VALUE})")
    int images;

    @Option(names = "--image-kb", defaultValue = "200", paramLabel = "KB", description = "size of one image (default ${DEFAULT-VALUE})")
    int imageKb;

    @Option(names = "--bundles", defaultValue = "10", paramLabel = "M", description = "inspector bundles to merge (default ${DEFAULT-VALUE})")
    int bundles;

    @Option(names = "--dir", paramLabel = "DIR", description = "work folder (default: a temporary folder, removed after)")
    Path dir;

    @Option(names = "--no-zip", description = "skip the comparison with zip -0 -r")
    boolean noZip;

    @Override
    public void run() {
        if (images < 10 || imageKb < 1 || bundles < 1) {
            throw new UserError("--images must be at least 10, --image-kb and --bundles at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        try {
            Path work = temporary ? Files.createTempDirectory("inspector-bench-bundle") : dir;
            try {
                BundleBenchmark.Figures f = BundleBenchmark.run(new BundleBenchmark.Settings(work, images, imageKb,
                        bundles, !noZip), line -> {
                            out.println("  … " + line);
                            out.flush();
                        });
                double mb = f.imageBytes() / 1e6;
                out.printf("images: %d × %d KB = %.1f MB (random pixels in BMP: incompressible)%n", f.images(), imageKb, mb);
                out.printf("setup (attach to a workspace):     %8.1f s%n", f.setupS());
                out.printf("export to a signed bundle:          %8.2f s  %7.1f MB/s  (bundle %.1f MB)%n", f.exportS(),
                        mb / f.exportS(), f.bundleBytes() / 1e6);
                if (f.zipS() != null) {
                    out.printf("zip -0 -r of the same files:        %8.2f s  %7.1f MB/s  (zip %.1f MB)%n", f.zipS(),
                            mb / f.zipS(), f.zipBytes() / 1e6);
                    out.printf("export speed / zip -0 speed:        %8.0f %%  (target >= 50 %%)%n", 100 * f.zipS() / f.exportS());
                } else {
                    out.println("zip -0 comparison: " + (f.zipNote() == null ? "skipped (--no-zip)" : f.zipNote()));
                }
                out.printf("import + merge of %d bundles:       %8.2f s  %7.1f MB/s  (%.1f MB; target <= 60 s for 10 × 2,000 images)%n",
                        f.bundles(), f.importS(), f.importBytes() / 1e6 / f.importS(), f.importBytes() / 1e6);
                out.printf("re-import of a merged bundle:       %8.2f s  (target <= 2 s)%n", f.reimportS());
                out.printf("office workspace after merging:     %8.1f MB%n", f.workspaceBytes() / 1e6);
            } finally {
                if (temporary) {
                    delete(work);
                }
            }
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark failed: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
