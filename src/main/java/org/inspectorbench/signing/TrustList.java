package org.inspectorbench.signing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The office's trust list: a folder of exported certificates (.pem, .cer, .crt). Inspectors'
 * certificates are self-signed, so there is no chain to follow: a certificate is trusted when its
 * SHA-256 fingerprint is pinned here, nothing else.
 *
 * @param pinned   fingerprint (as {@link Certificates#sha256Fingerprint}) to the file that pinned it
 * @param skipped  files in the folder that held no readable certificate, with the reason
 */
public record TrustList(Map<String, Path> pinned, List<String> skipped) {

    public TrustList {
        pinned = Map.copyOf(pinned);
        skipped = List.copyOf(skipped);
    }

    public static TrustList empty() {
        return new TrustList(Map.of(), List.of());
    }

    /** Reads every .pem/.cer/.crt file directly in {@code folder}; unreadable ones are listed in {@link #skipped}. */
    public static TrustList load(Path folder) throws SigningException {
        if (!Files.isDirectory(folder)) {
            throw SigningProblem.of(SigningProblem.Kind.TRUST_DIR_MISSING,
                    "信任目录不存在 trust folder " + folder + " does not exist: give the folder holding the exported certificates");
        }
        Map<String, Path> pinned = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && (name.endsWith(".pem") || name.endsWith(".cer") || name.endsWith(".crt"))) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.TRUST_DIR_MISSING,
                    "无法读取信任目录 cannot read trust folder " + folder + ": " + e.getMessage(), e);
        }
        files.sort(null);
        for (Path file : files) {
            try {
                for (X509Certificate cert : Certificates.parse(Files.readAllBytes(file))) {
                    pinned.putIfAbsent(Certificates.sha256Fingerprint(cert), file);
                }
            } catch (IOException | CertificateException e) {
                skipped.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        return new TrustList(pinned, skipped);
    }

    public boolean trusts(X509Certificate cert) {
        return pinned.containsKey(Certificates.sha256Fingerprint(cert));
    }

    /** The trust-list file that pins {@code cert}, if any. */
    public Optional<Path> source(X509Certificate cert) {
        return Optional.ofNullable(pinned.get(Certificates.sha256Fingerprint(cert)));
    }
}
