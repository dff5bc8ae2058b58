package dev.berth.adapters.podman.libpod;

import com.github.dockerjava.transport.SSLConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mutual TLS from a directory holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}, the
 * layout Docker and Podman clients share. The key may be PKCS#8 or PKCS#1 RSA, read with the JDK alone.
 */
public final class PemDirectorySslConfig implements SSLConfig {
  private static final Pattern PEM_KEY =
      Pattern.compile("-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END (RSA )?PRIVATE KEY-----");
  /** DER prefix of PKCS#8's AlgorithmIdentifier for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
  private static final byte[] RSA_ALGORITHM = {
      0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
  private static final char[] IN_MEMORY_PASSWORD = new char[0];

  private final Path directory;

  public PemDirectorySslConfig(Path directory) {
    this.directory = directory;
  }

  @Override
  public SSLContext getSSLContext()
      throws KeyManagementException, UnrecoverableKeyException, NoSuchAlgorithmException, KeyStoreException {
    try {
      CertificateFactory certificates = CertificateFactory.getInstance("X.509");
      KeyStore identity = KeyStore.getInstance(KeyStore.getDefaultType());
      identity.load(null, null);
      identity.setKeyEntry("client", privateKey(read("key.pem")), IN_MEMORY_PASSWORD,
          certificates(certificates, "cert.pem").toArray(Certificate[]::new));
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      int index = 0;
      for (Certificate authority : certificates(certificates, "ca.pem")) {
        trust.setCertificateEntry("ca-" + index++, authority);
      }
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(identity, IN_MEMORY_PASSWORD);
      TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trusted.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trusted.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyManagementException("cannot read the TLS files in " + directory + ": " + e.getMessage(), e);
    }
  }

  private Collection<? extends Certificate> certificates(CertificateFactory factory, String file)
      throws IOException, GeneralSecurityException {
    try (InputStream pem = Files.newInputStream(directory.resolve(file))) {
      return factory.generateCertificates(pem);
    }
  }

  private String read(String file) throws IOException {
    return Files.readString(directory.resolve(file), StandardCharsets.US_ASCII);
  }

  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    Matcher matcher = PEM_KEY.matcher(pem);
    if (!matcher.find()) {
      throw new GeneralSecurityException("key.pem holds no PKCS#8 or RSA private key");
    }
    byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
    byte[] pkcs8 = matcher.group(1) == null ? der : wrapRsaKey(der);
    PKCS8EncodedKeySpec key = new PKCS8EncodedKeySpec(pkcs8);
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(key);
      } catch (GeneralSecurityException tryNext) {
        // the PEM does not name the algorithm of a PKCS#8 key: try the ones TLS clients use
      }
    }
    throw new GeneralSecurityException("key.pem is neither an RSA nor an EC key");
  }

  /** PKCS#1 RSA key inside PKCS#8's PrivateKeyInfo: version 0, rsaEncryption, the key as an octet string. */
  private static byte[] wrapRsaKey(byte[] pkcs1) {
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.writeBytes(new byte[] {0x02, 0x01, 0x00});
    info.writeBytes(RSA_ALGORITHM);
    info.writeBytes(derElement(0x04, pkcs1));
    return derElement(0x30, info.toByteArray());
  }

  private static byte[] derElement(int tag, byte[] content) {
    ByteArrayOutputStream element = new ByteArrayOutputStream();
    element.write(tag);
    int length = content.length;
    if (length < 0x80) {
      element.write(length);
    } else {
      int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
      element.write(0x80 | bytes);
      for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
        element.write((length >> shift) & 0xff);
      }
    }
    element.writeBytes(content);
    return element.toByteArray();
  }
}
