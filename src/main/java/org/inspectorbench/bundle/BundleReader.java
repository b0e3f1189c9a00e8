package org.inspectorbench.bundle;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a bundle safely, in one streaming pass (docs/bundle-format.md, "Reading"): the zip's
 * directory first (a truncated file has none), then manifest.json and manifest.p7s, which must
 * come first and whose signature is checked before anything else is read; then every entry,
 * checked against the manifest (name, size, SHA-256) within the limits.
 */
final class BundleReader {

    private BundleReader() {
    }

    /**
     * @param known when not null and true for (bundle id, manifest SHA-256) after the signature and
     *              signer were checked, reading stops there: {@link VerifiedBundle#known}
     */
    static VerifiedBundle read(Path file, BundleLimits limits, SignerTrust trust,
                               java.util.function.BiPredicate<String, String> known) {
        List<String> directory = directory(file, limits);
        try (EntryStream stream = new EntryStream(file, limits); ParallelHashes hashes = new ParallelHashes(
                name -> stream.changed(name, "its SHA-256 differs from the manifest's"))) {
            ZipEntry first = stream.next();
            if (first == null || !first.getName().equals(EntryNames.MANIFEST)) {
                throw notABundle(file, "its first entry is not manifest.json");
            }
            byte[] manifestBytes = stream.read(EntryNames.MANIFEST, BundleLimits.MAX_MANIFEST_BYTES, true).bytes();
            Manifest manifest = ManifestCheck.parse(file, manifestBytes, limits);
            ZipEntry second = stream.next();
            if (second == null || !second.getName().equals(EntryNames.SIGNATURE)) {
                throw new BundleException(BundleProblem.BAD_SIGNATURE, "未签名 the bundle " + file.getFileName()
                        + " has no manifest.p7s signature after its manifest: it was not written by Inspector"
                        + " Workbench or was changed. Ask its author to export it again. Nothing was imported.");
            }
            byte[] p7s = stream.read(EntryNames.SIGNATURE, BundleLimits.MAX_SIGNATURE_BYTES, true).bytes();
            X509Certificate signer = ManifestSignature.verify(manifestBytes, p7s);
            ManifestCheck.signer(file, manifest, signer, trust);
            String manifestSha = BundleWriter.sha256(manifestBytes);
            if (known != null && known.test(manifest.bundleId(), manifestSha)) {
                return VerifiedBundle.known(file, manifest, manifestSha, signer, limits);
            }

            Map<String, Manifest.Entry> listed = new HashMap<>();
            manifest.entries().forEach(e -> listed.put(e.name(), e));
            Set<String> seen = new HashSet<>(List.of(EntryNames.MANIFEST, EntryNames.SIGNATURE));
            List<String> streamed = new ArrayList<>(List.of(EntryNames.MANIFEST, EntryNames.SIGNATURE));
            Map<String, byte[]> kept = new TreeMap<>();
            ZipEntry entry;
            while ((entry = stream.next()) != null) {
                String name = entry.getName();
                streamed.add(name);
                String unsafe = EntryNames.problem(name);
                if (entry.isDirectory() || unsafe != null) {
                    throw unsafeName(file, name, entry.isDirectory() ? "a folder entry" : unsafe);
                }
                if (!seen.add(name)) {
                    throw duplicate(file, name);
                }
                Manifest.Entry expected = listed.get(name);
                if (expected == null) {
                    throw new BundleException(BundleProblem.UNLISTED_ENTRY, "多余条目 the bundle " + file.getFileName()
                            + " holds " + name + ", which its signed manifest does not list: something was added"
                            + " after signing. Ask its author to export it again. Nothing was imported.");
                }
                boolean keep = !name.startsWith(EntryNames.EVIDENCE_DIR);
                if (!keep) {
                    // Images: read here, hashed on the other cores while the next ones are read.
                    EntryStream.Read read = stream.read(name, expected.size(), true, false);
                    if (read.size() != expected.size()) {
                        throw stream.changed(name, "it has " + read.size() + " bytes, the manifest lists " + expected.size());
                    }
                    hashes.submit(name, read.bytes(), expected.sha256());
                    continue;
                }
                EntryStream.Read read = stream.read(name, expected.size(), true);
                if (read.size() != expected.size()) {
                    throw stream.changed(name, "it has " + read.size() + " bytes, the manifest lists " + expected.size());
                }
                if (!read.sha256().equals(expected.sha256())) {
                    throw stream.changed(name, "its SHA-256 differs from the manifest's");
                }
                kept.put(name, read.bytes());
            }
            hashes.finish();
            for (Manifest.Entry e : manifest.entries()) {
                if (!seen.contains(e.name())) {
                    throw new BundleException(BundleProblem.MISSING_ENTRY, "缺少条目 the bundle " + file.getFileName()
                            + " lacks " + e.name() + ", which its signed manifest lists: it was removed or the copy is"
                            + " incomplete. Copy it again or ask its author to export it again. Nothing was imported.");
                }
            }
            if (!sameEntries(directory, streamed)) {
                throw new BundleException(BundleProblem.INCONSISTENT_ZIP, "压缩包目录不一致 the zip directory of "
                        + file.getFileName() + " does not list the same entries as the file holds: it was crafted or"
                        + " damaged. Ask its author to export it again. Nothing was imported.");
            }
            return RecordsCheck.build(file, manifest, manifestSha, signer, kept, limits);
        } catch (IOException e) {
            throw new BundleException(BundleProblem.IO, "无法读取 cannot read " + file + ": " + e.getMessage()
                    + ". Check the path; nothing was imported.", e);
        }
    }

    /** The names in the zip's central directory; refuses a file that has none (truncated). */
    private static List<String> directory(Path file, BundleLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw new BundleException(BundleProblem.IO, "找不到文件 no bundle file at " + file
                    + ": check the path and the file name.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw notABundle(file, "it is not a zip file");
            }
        } catch (IOException e) {
            throw new BundleException(BundleProblem.IO, "无法读取 cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new BundleException(BundleProblem.ZIP_BOMB, "压缩包异常 the bundle " + file.getFileName()
                        + " lists " + zip.size() + " entries, more than the " + limits.maxEntries() + " allowed (limit"
                        + " against zip bombs). Do not open it; ask its author for a new export. Nothing was imported.");
            }
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                names.add(all.nextElement().getName());
            }
        } catch (ZipException e) {
            throw new BundleException(BundleProblem.TRUNCATED, "文件不完整 the bundle " + file.getFileName()
                    + " is incomplete or damaged (" + e.getMessage() + "): the copy was probably interrupted."
                    + " Copy it again from its source. Nothing was imported.", e);
        } catch (IOException e) {
            throw new BundleException(BundleProblem.IO, "无法读取 cannot read " + file + ": " + e.getMessage(), e);
        }
        Set<String> unique = new HashSet<>();
        for (String n : names) {
            if (!unique.add(n)) {
                throw duplicate(file, n);
            }
        }
        return names;
    }

    private static boolean sameEntries(List<String> directory, List<String> streamed) {
        return directory.size() == streamed.size() && new HashSet<>(directory).equals(new HashSet<>(streamed));
    }

    static BundleException notABundle(Path file, String why) {
        return new BundleException(BundleProblem.NOT_A_BUNDLE, "不是数据包 " + file.getFileName()
                + " is not an Inspector Workbench bundle: " + why + ". Choose a .inspbundle file written by"
                + " `inspector bundle export`. Nothing was imported.");
    }

    static BundleException unsafeName(Path file, String name, String why) {
        return new BundleException(BundleProblem.UNSAFE_NAME, "危险的条目名 the bundle " + file.getFileName()
                + " has an entry named \"" + name + "\" (" + why + "): such names can write outside the"
                + " folder they are unpacked to. Do not unzip it; ask its author for a new export. Nothing was imported.");
    }

    static BundleException duplicate(Path file, String name) {
        return new BundleException(BundleProblem.DUPLICATE_ENTRY, "重复条目 the bundle " + file.getFileName()
                + " holds the entry " + name + " twice: tools would disagree on which one counts. Ask its author"
                + " to export it again. Nothing was imported.");
    }


}
