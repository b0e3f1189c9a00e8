package org.inspectorbench.cli;

import org.inspectorbench.signing.Certificates;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.signing.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysCommandTest {

    private static final String PASSWORD = "correct-horse-9";

    @TempDir
    Path dir;

    @Test
    void newKeystoreFromStdinPasswordThenExportAndShow() throws Exception {
        Path p12 = dir.resolve("zhangsan.p12");
        CliRun created = CliRun.withStdin(PASSWORD + "\n", "keys", "new", "--name", "张三", "--org", "绵阳市政务公开检查组",
                "--out", p12.toString(), "--valid-days", "30", "--password-stdin");
        assertEquals(0, created.exit(), created.err());
        SigningIdentity id = Identities.open(p12, PASSWORD.toCharArray(), Instant.now());
        assertEquals("张三", id.name());
        assertEquals(3072, ((RSAPublicKey) id.certificate().getPublicKey()).getModulus().bitLength());
        assertEquals(30, Duration.between(id.certificate().getNotBefore().toInstant(),
                id.certificate().getNotAfter().toInstant()).toDays(), 1);
        assertTrue(created.out().contains(id.fingerprint()), created.out());

        Path pem = dir.resolve("zhangsan.pem");
        CliRun exported = CliRun.withStdin(PASSWORD + "\n", "keys", "export-cert", "--keystore", p12.toString(),
                "--password-stdin", "--out", pem.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.readString(pem).contains("BEGIN CERTIFICATE"));

        CliRun shown = CliRun.withStdin(PASSWORD + "\n", "keys", "show", "--keystore", p12.toString(), "--password-stdin");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("绵阳市政务公开检查组"), shown.out());
        assertTrue(shown.out().contains("usable for signing"), shown.out());
    }

    @Test
    void passwordFromAnEnvironmentVariable() throws Exception {
        // PATH is set wherever tests run; it stands in for a variable the user exports.
        Path p12 = dir.resolve("k.p12");
        Identities.save(TestFixtures.inspector(), p12, System.getenv("PATH").toCharArray());
        CliRun shown = CliRun.of("keys", "show", "--keystore", p12.toString(), "--password-env", "PATH");
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains(Certificates.sha256Fingerprint(TestFixtures.inspector().certificate())));

        CliRun unset = CliRun.of("keys", "show", "--keystore", p12.toString(), "--password-env", "INSPECTOR_NO_SUCH_VAR_42");
        assertEquals(2, unset.exit());
        assertTrue(unset.err().contains("INSPECTOR_NO_SUCH_VAR_42 is not set"), unset.err());
    }

    @Test
    void withoutATerminalThePromptAsksForTheOtherPasswordSources() throws Exception {
        // Test runs have no System.console(), like a script or a CI job.
        Path p12 = dir.resolve("k.p12");
        Identities.save(TestFixtures.inspector(), p12, PASSWORD.toCharArray());
        CliRun run = CliRun.of("keys", "show", "--keystore", p12.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--password-env VAR or --password-stdin"), run.err());
    }

    @Test
    void passwordIsNeverACommandLineValue() {
        CliRun run = CliRun.of("keys", "new", "--name", "张三", "--org", "组", "--out",
                dir.resolve("k.p12").toString(), "--password", "secret123");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option"), run.err());
        assertFalse(Files.exists(dir.resolve("k.p12")));
    }

    @Test
    void refusesShortPasswordsAndExistingFilesWithoutWritingAnything() throws Exception {
        Path p12 = dir.resolve("k.p12");
        CliRun shortPassword = CliRun.withStdin("short\n", "keys", "new", "--name", "张三", "--org", "绵阳市政务公开检查组",
                "--out", p12.toString(), "--password-stdin");
        assertEquals(2, shortPassword.exit());
        assertTrue(shortPassword.err().contains("at least 8"), shortPassword.err());
        assertFalse(Files.exists(p12));

        Files.writeString(p12, "an existing key");
        CliRun exists = CliRun.withStdin(PASSWORD + "\n", "keys", "new", "--name", "张三", "--org", "绵阳市政务公开检查组",
                "--out", p12.toString(), "--password-stdin");
        assertEquals(2, exists.exit());
        assertTrue(exists.err().contains("already exists"), exists.err());
        assertEquals("an existing key", Files.readString(p12));
    }

    @Test
    void wrongPasswordAndMissingKeystoreAreOneLineMessages() throws Exception {
        Path p12 = dir.resolve("k.p12");
        Identities.save(TestFixtures.inspector(), p12, PASSWORD.toCharArray());
        CliRun wrong = CliRun.withStdin("not-the-password\n", "keys", "show", "--keystore", p12.toString(), "--password-stdin");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());

        CliRun missing = CliRun.withStdin(PASSWORD + "\n", "keys", "show", "--keystore", dir.resolve("nope.p12").toString(),
                "--password-stdin");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("not found"), missing.err());
    }
}
