package org.inspectorbench.signing;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Signing identities: a key pair with a self-signed certificate, kept in a password-protected
 * PKCS#12 file (the format every PDF reader and `openssl pkcs12` understand).
 *
 * <p>Keys are RSA-3072 with SHA-256: RSA is what every verifier the office may meet accepts
 * (poppler/NSS, Adobe Reader, older domestic PDF readers, Windows CryptoAPI), 3072 bits is the
 * NIST size for use beyond 2030, and generating it once per inspector (about a second) is
 * no burden. EC P-256 would be faster and smaller but is less universally verified.
 */
public final class Identities {

    public static final String KEY_ALGORITHM = "RSA";
    public static final int KEY_SIZE = 3072;
    /** A short password protects a key that signs official records: refuse anything shorter. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final String ALIAS = "signing";
    /** A PKCS#12 file with one key is a few KB: anything much larger is not one of ours. */
    private static final long MAX_KEYSTORE_BYTES = 1 << 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Identities() {
    }

    /** A new RSA-3072 key pair and a self-signed certificate for {@code request}. */
    public static SigningIdentity create(IdentityRequest request) throws SigningException {
        request.check();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
            generator.initialize(KEY_SIZE, RANDOM);
            return create(request, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the Java runtime cannot make RSA keys", e);
        }
    }

    /** A certificate for an existing key pair (tests reuse one key: RSA-3072 generation takes a second or two). */
    static SigningIdentity create(IdentityRequest request, KeyPair keys) throws SigningException {
        request.check();
        try {
            return new SigningIdentity(keys.getPrivate(), List.of(selfSigned(request, keys)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("the Java runtime cannot make certificates", e);
        }
    }

    private static X509Certificate selfSigned(IdentityRequest request, KeyPair keys)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, request.name().strip())
                .addRDN(BCStyle.O, request.organisation().strip())
                .build();
        // 127 random bits: unique serials without a counter, positive as RFC 5280 requires.
        BigInteger serial = new BigInteger(127, RANDOM).setBit(0);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(request.notBefore()), Date.from(request.notAfter()), subject, keys.getPublic())
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(keys.getPublic()));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    /**
     * Writes {@code identity} to a new PKCS#12 file protected by {@code password}. Refuses to
     * overwrite an existing file: that would destroy someone's key.
     */
    public static void save(SigningIdentity identity, Path file, char[] password) throws SigningException {
        checkNewPassword(password);
        AtomicFiles.write(file, false, true, out -> {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry(ALIAS, identity.privateKey(), password,
                        identity.chain().toArray(new Certificate[0]));
                store.store(out, password);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot write the PKCS#12 keystore: " + e.getMessage(), e);
            }
        });
    }

    public static void checkNewPassword(char[] password) throws SigningException {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw SigningProblem.of(SigningProblem.Kind.WEAK_PASSWORD,
                    "密码太短 the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        checkPasswordCharacters(password);
    }

    /**
     * Java's PKCS#12 (PBES2 with AES-256, the JDK 17 default) takes ASCII passwords only ("Password
     * is not ASCII"); say so in words rather than let that surface as a failure to write or read.
     */
    private static void checkPasswordCharacters(char[] password) throws SigningException {
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                throw SigningProblem.of(SigningProblem.Kind.WEAK_PASSWORD,
                        "密码只能使用英文字母、数字和符号 keystore passwords may use only ASCII letters, digits, "
                                + "symbols and spaces (no Chinese characters): choose another");
            }
        }
    }

    /**
     * Opens a keystore for signing at {@code now}: as {@link #read}, and the certificate must be
     * valid then (an expired or not-yet-valid certificate is refused with a clear message).
     */
    public static SigningIdentity open(Path file, char[] password, Instant now) throws SigningException {
        SigningIdentity identity = read(file, password);
        identity.checkValidAt(now);
        return identity;
    }

    /**
     * Reads the key and certificate chain from a PKCS#12 file, whatever the certificate's dates
     * (for showing or exporting it). Missing file, not PKCS#12, wrong password and a keystore
     * without a private key each give their own {@link SigningProblem}.
     */
    public static SigningIdentity read(Path file, char[] givenPassword) throws SigningException {
        char[] password = givenPassword == null ? new char[0] : givenPassword;
        byte[] bytes = readKeystoreBytes(file);
        try {
            checkPasswordCharacters(password);
        } catch (SigningException e) {
            // No keystore of ours can have such a password, so it is the wrong one.
            throw SigningProblem.of(SigningProblem.Kind.WRONG_PASSWORD,
                    "密钥库密码错误 wrong password for keystore " + file + " (keystore passwords are ASCII only): try again");
        }
        if (!looksLikePkcs12(bytes)) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                    "不是 PKCS#12 密钥库 " + file + " is not a PKCS#12 keystore (.p12): choose the file made by `inspector keys new`");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(bytes), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw SigningProblem.of(SigningProblem.Kind.WRONG_PASSWORD,
                        "密钥库密码错误 wrong password for keystore " + file + ": try again", e);
            }
            throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                    "密钥库已损坏 keystore " + file + " cannot be read (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                    "密钥库无法读取 keystore " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
        return firstKeyEntry(store, file, password);
    }

    private static SigningIdentity firstKeyEntry(KeyStore store, Path file, char[] password) throws SigningException {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0
                        && chain[0] instanceof X509Certificate) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    return new SigningIdentity(privateKey, certs);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw SigningProblem.of(SigningProblem.Kind.WRONG_PASSWORD,
                    "私钥密码错误 the private key in " + file + " has another password than the keystore", e);
        } catch (GeneralSecurityException e) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                    "密钥库无法读取 keystore " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
        throw SigningProblem.of(SigningProblem.Kind.NO_PRIVATE_KEY,
                "密钥库中没有私钥 keystore " + file + " holds no private key with a certificate: it cannot sign");
    }

    /** Fails early (before asking for a password) when {@code file} is not there. */
    public static void checkExists(Path file) throws SigningException {
        if (!Files.exists(file)) {
            throw missing(file, null);
        }
    }

    private static SigningException missing(Path file, Exception cause) {
        return SigningProblem.of(SigningProblem.Kind.KEYSTORE_MISSING,
                "找不到密钥库 keystore " + file + " not found: check the path, or create one with `inspector keys new`", cause);
    }

    private static byte[] readKeystoreBytes(Path file) throws SigningException {
        try {
            if (Files.isDirectory(file)) {
                throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                        "是文件夹 " + file + " is a folder, not a keystore file");
            }
            if (Files.size(file) > MAX_KEYSTORE_BYTES) {
                throw SigningProblem.of(SigningProblem.Kind.NOT_PKCS12,
                        "不是 PKCS#12 密钥库 " + file + " is far too large to be a keystore");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw missing(file, e);
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.KEYSTORE_MISSING,
                    "无法读取密钥库 cannot read keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the bytes parse as a PKCS#12 PFX structure (whatever the password). */
    private static boolean looksLikePkcs12(byte[] bytes) {
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            Pfx.getInstance(in.readObject());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the certificate of {@code identity} as PEM, for the office's trust list. */
    public static void exportCertificate(SigningIdentity identity, Path file) throws SigningException {
        byte[] pem = Certificates.toPem(identity.certificate()).getBytes(StandardCharsets.US_ASCII);
        AtomicFiles.write(file, true, false, out -> out.write(pem));
    }
}
