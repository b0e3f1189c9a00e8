package org.inspectorbench.signing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentitiesTest {

    private static final char[] PASSWORD = "correct-horse-9".toCharArray();

    @TempDir
    Path dir;

    @Test
    void certificateIsSelfSignedWithNameOrgKeyUsageAndValidity() throws Exception {
        // Key generation itself (RSA-3072) is covered by KeysCommandTest, which runs `keys new`.
        Instant now = Instant.now();
        SigningIdentity id = Identities.create(IdentityRequest.of("张三", "绵阳市政务公开检查组", 1095, now),
                TestFixtures.keyPair());
        X509Certificate cert = id.certificate();

        assertEquals("张三", id.name());
        assertEquals("绵阳市政务公开检查组", id.organisation());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(cert.getPublicKey());
        boolean[] usage = cert.getKeyUsage();
        assertTrue(usage[0], "digitalSignature");
        assertTrue(usage[1], "nonRepudiation");
        assertFalse(usage[5], "no keyCertSign: not a CA");
        assertEquals(-1, cert.getBasicConstraints());
        long days = Duration.between(cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant()).toDays();
        assertEquals(1095, days);
    }

    @Test
    void savedKeystoreReadsBackWithTheSameKeyAndCertificate() throws Exception {
        SigningIdentity id = TestFixtures.inspector();
        Path p12 = dir.resolve("zhangsan.p12");
        Identities.save(id, p12, PASSWORD);

        SigningIdentity back = Identities.open(p12, PASSWORD, Instant.now());
        assertEquals(id.certificate(), back.certificate());
        assertArrayEquals(id.privateKey().getEncoded(), back.privateKey().getEncoded());
        assertEquals(TestFixtures.INSPECTOR_NAME, back.name());
    }

    @Test
    void wrongPasswordIsItsOwnProblem() throws Exception {
        Path p12 = dir.resolve("k.p12");
        Identities.save(TestFixtures.inspector(), p12, PASSWORD);

        SigningException e = assertThrows(SigningException.class,
                () -> Identities.read(p12, "not-the-password".toCharArray()));
        assertEquals(SigningProblem.Kind.WRONG_PASSWORD, e.problem().kind());
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertEquals("signing.wrong-password", e.problem().key());
    }

    @Test
    void missingFileAndNonKeystoreFilesAreNamedAsSuch() throws Exception {
        SigningException missing = assertThrows(SigningException.class,
                () -> Identities.read(dir.resolve("nope.p12"), PASSWORD));
        assertEquals(SigningProblem.Kind.KEYSTORE_MISSING, missing.problem().kind());

        Path text = Files.writeString(dir.resolve("notes.p12"), "这不是密钥库", StandardCharsets.UTF_8);
        SigningException notP12 = assertThrows(SigningException.class, () -> Identities.read(text, PASSWORD));
        assertEquals(SigningProblem.Kind.NOT_PKCS12, notP12.problem().kind());

        Path empty = Files.write(dir.resolve("empty.p12"), new byte[0]);
        assertEquals(SigningProblem.Kind.NOT_PKCS12,
                assertThrows(SigningException.class, () -> Identities.read(empty, PASSWORD)).problem().kind());
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefusedForSigningButStillReadable() throws Exception {
        Instant now = Instant.now();
        SigningIdentity expired = TestFixtures.create("王五", "绵阳市政务公开检查组",
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35)));
        Path p12 = dir.resolve("expired.p12");
        Identities.save(expired, p12, PASSWORD);

        SigningException e = assertThrows(SigningException.class, () -> Identities.open(p12, PASSWORD, now));
        assertEquals(SigningProblem.Kind.CERTIFICATE_EXPIRED, e.problem().kind());
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertEquals("王五", Identities.read(p12, PASSWORD).name());

        SigningIdentity future = TestFixtures.create("赵六", "绵阳市政务公开检查组",
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)));
        assertEquals(SigningProblem.Kind.CERTIFICATE_NOT_YET_VALID,
                assertThrows(SigningException.class, () -> future.checkValidAt(now)).problem().kind());
    }

    @Test
    void saveNeverOverwritesAnExistingFile() throws Exception {
        Path p12 = dir.resolve("k.p12");
        Files.writeString(p12, "someone's key");
        SigningException e = assertThrows(SigningException.class,
                () -> Identities.save(TestFixtures.inspector(), p12, PASSWORD));
        assertEquals(SigningProblem.Kind.OUTPUT_EXISTS, e.problem().kind());
        assertEquals("someone's key", Files.readString(p12));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void shortOrNonAsciiPasswordsAreRefusedBeforeAnythingIsWritten() {
        Path p12 = dir.resolve("k.p12");
        assertEquals(SigningProblem.Kind.WEAK_PASSWORD, assertThrows(SigningException.class,
                () -> Identities.save(TestFixtures.inspector(), p12, "short".toCharArray())).problem().kind());
        assertEquals(SigningProblem.Kind.WEAK_PASSWORD, assertThrows(SigningException.class,
                () -> Identities.save(TestFixtures.inspector(), p12, "检查组的密码很长很长".toCharArray())).problem().kind());
        assertFalse(Files.exists(p12));
    }

    @Test
    void blankNameOrEmptyValidityIsRefused() {
        Instant now = Instant.now();
        assertEquals(SigningProblem.Kind.BAD_IDENTITY, assertThrows(SigningException.class,
                () -> Identities.create(IdentityRequest.of(" ", "绵阳市政务公开检查组", 10, now))).problem().kind());
        assertEquals(SigningProblem.Kind.BAD_IDENTITY, assertThrows(SigningException.class,
                () -> Identities.create(new IdentityRequest("张三", "组", now, now))).problem().kind());
    }

    @Test
    void exportedPemPinsTheCertificateInATrustList() throws Exception {
        SigningIdentity id = TestFixtures.inspector();
        Path trust = Files.createDirectory(dir.resolve("trust"));
        Identities.exportCertificate(id, trust.resolve("zhangsan.pem"));
        Files.writeString(trust.resolve("readme.pem"), "not a certificate");
        Files.writeString(trust.resolve("ignored.txt"), "not even looked at");

        String pem = Files.readString(trust.resolve("zhangsan.pem"));
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);

        TrustList list = TrustList.load(trust);
        assertTrue(list.trusts(id.certificate()));
        assertFalse(list.trusts(TestFixtures.reviewer().certificate()));
        assertEquals(1, list.skipped().size(), list.skipped().toString());
        assertTrue(list.skipped().get(0).startsWith("readme.pem"));
        assertEquals(SigningProblem.Kind.TRUST_DIR_MISSING,
                assertThrows(SigningException.class, () -> TrustList.load(dir.resolve("none"))).problem().kind());
    }

    @Test
    void derCertificatesAreReadToo() throws Exception {
        SigningIdentity id = TestFixtures.reviewer();
        Path trust = Files.createDirectory(dir.resolve("trust"));
        Files.write(trust.resolve("lisi.cer"), id.certificate().getEncoded());
        assertTrue(TrustList.load(trust).trusts(id.certificate()));
    }
}
