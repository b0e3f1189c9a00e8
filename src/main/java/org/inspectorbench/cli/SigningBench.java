package org.inspectorbench.cli;

import org.inspectorbench.signing.SigningBenchmark;
import org.inspectorbench.signing.SigningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;

/** {@code inspector bench signing}: issue 5's signing figures (timing and PDF sizes), printed, never asserted. */
@Command(name = "signing", mixinStandardHelpOptions = true,
        description = "Key generation, signing and verifying a one-page Chinese PDF (cold and warm), "
                + "and PDF sizes with the CJK font subset vs fully embedded.")
public final class SigningBench implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N", description = "warm rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public void run() {
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1");
        }
        SigningBenchmark.Figures f;
        try {
            f = SigningBenchmark.run(rounds);
        } catch (IOException | SigningException e) {
            throw new IllegalStateException("benchmark failed: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("RSA-3072 key generation:          %8.1f ms%n", f.keyGenerationMs());
        out.printf("sign one page, first (cold):      %8.1f ms (includes parsing the font)%n", f.firstSignMs());
        out.printf("sign one page, warm median/min:   %8.1f / %.1f ms over %d rounds%n",
                f.warmSignMedianMs(), f.warmSignMinMs(), f.rounds());
        out.printf("sign one page, warm CPU median:   %8.1f ms (CPU time of the signing thread: robust on a busy machine)%n",
                f.warmSignCpuMedianMs());
        out.printf("verify one signature, warm median:%8.1f ms%n", f.warmVerifyMedianMs());
        out.printf("one-page Chinese PDF, font subset:   %,10d bytes%n", f.pdfSubsetBytes());
        out.printf("one-page Chinese PDF, full Regular:  %,10d bytes (Bold still subset)%n", f.pdfFullFontBytes());
        out.printf("signed (subset + visible box):       %,10d bytes%n", f.signedBytes());
        out.printf("countersigned:                       %,10d bytes%n", f.countersignedBytes());
    }
}
