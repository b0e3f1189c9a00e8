package org.inspectorbench.cli;

import org.inspectorbench.signing.Certificates;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.IdentityRequest;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "签名身份 Signing identities: a key and a self-signed certificate in a password-protected PKCS#12 file.",
        subcommands = {KeysCommand.New.class, KeysCommand.ExportCert.class, KeysCommand.Show.class})
public final class KeysCommand implements Runnable {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static void describe(PrintWriter out, SigningIdentity identity) {
        X509Certificate cert = identity.certificate();
        out.println("  签名人 name:         " + identity.name());
        out.println("  单位 organisation:   " + identity.organisation());
        out.println("  有效期 valid:        " + DATE_TIME.format(cert.getNotBefore().toInstant().atZone(ZoneId.systemDefault()))
                + " — " + DATE_TIME.format(cert.getNotAfter().toInstant().atZone(ZoneId.systemDefault())));
        out.println("  密钥 key:            " + identity.privateKey().getAlgorithm() + ", signature SHA-256");
        out.println("  证书指纹 SHA-256:    " + Certificates.sha256Fingerprint(cert));
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Creates an RSA-3072 key and a self-signed certificate (CN=name, O=org) in a new "
                    + "password-protected PKCS#12 file. The password is asked twice, or read with "
                    + "--password-env VAR / --password-stdin; it is never a command-line value.")
    static final class New implements Runnable {

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the signer's name, e.g. 张三")
        String name;

        @Option(names = "--org", required = true, paramLabel = "ORG", description = "the signer's organisation, e.g. 绵阳市政务公开检查组")
        String organisation;

        @Option(names = "--out", required = true, paramLabel = "FILE.p12", description = "the new keystore (an existing file is never overwritten)")
        Path out;

        @Option(names = "--valid-days", paramLabel = "N", defaultValue = "" + IdentityRequest.DEFAULT_VALID_DAYS,
                description = "how long the certificate is valid (default: ${DEFAULT-VALUE} days, 3 years)")
        int validDays;

        @Mixin
        PasswordOptions password = new PasswordOptions();

        @Override
        public void run() {
            if (validDays < 1 || validDays > 20 * 366) {
                throw new UserError("--valid-days must be between 1 and " + 20 * 366 + " (got " + validDays + ")");
            }
            if (out.toFile().exists()) {
                throw new UserError("文件已存在 " + out + " already exists: choose another name (it is not overwritten)");
            }
            IdentityRequest request = IdentityRequest.of(name, organisation, validDays, Instant.now());
            char[] pw = password.readNew(out.toString());
            try {
                Identities.checkNewPassword(pw);
                SigningIdentity identity = Identities.create(request);
                Identities.save(identity, out, pw);
                PrintWriter w = spec.commandLine().getOut();
                w.println("已创建签名身份 created signing identity " + out);
                describe(w, identity);
                w.println("下一步 next: `inspector keys export-cert --keystore " + out
                        + " --out CERT.pem` and give CERT.pem to the office for its trust list.");
            } catch (SigningException e) {
                throw SigningErrors.of(e);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }

    @Command(name = "export-cert", mixinStandardHelpOptions = true,
            description = "Writes the keystore's certificate (PEM) for the office's trust list (a folder of .pem files).")
    static final class ExportCert implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        KeystoreOptions keystore = new KeystoreOptions();

        @Option(names = "--out", required = true, paramLabel = "CERT.pem", description = "the certificate file to write")
        Path out;

        @Override
        public void run() {
            SigningIdentity identity = keystore.read();
            try {
                Identities.exportCertificate(identity, out);
            } catch (SigningException e) {
                throw SigningErrors.of(e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("已导出证书 wrote certificate " + out);
            describe(w, identity);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows who a keystore signs as, its validity and its certificate fingerprint.")
    static final class Show implements Runnable {

        @Spec
        CommandSpec spec;

        @Mixin
        KeystoreOptions keystore = new KeystoreOptions();

        @Override
        public void run() {
            SigningIdentity identity = keystore.read();
            PrintWriter w = spec.commandLine().getOut();
            w.println("签名身份 signing identity " + keystore.keystore);
            describe(w, identity);
            try {
                identity.checkValidAt(Instant.now());
                w.println("  状态 status:         可用于签名 usable for signing now");
            } catch (SigningException e) {
                w.println("  状态 status:         " + e.getMessage());
            }
        }
    }
}
