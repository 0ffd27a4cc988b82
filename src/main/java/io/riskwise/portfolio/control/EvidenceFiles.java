package io.riskwise.portfolio.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploaded files on disk, outside the web root, named by the SHA-256 of their content (so the same
 * file uploaded twice is kept once, and no user-given name ever reaches the file system). An upload
 * is first streamed to {@code incoming/}, counted as it goes, and moved into place only once it has
 * been checked.
 */
public class EvidenceFiles {

  /** A file received but not yet kept. */
  public record Received(Path temporary, long size, String sha256) {}

  /** More bytes arrived than the limit allows; reading stopped there. */
  public static class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("The file is larger than the limit of " + limit / (1024 * 1024) + " MB.");
    }
  }

  private final Path root;

  public EvidenceFiles(Path root) {
    this.root = root;
  }

  /** Streams the upload to a temporary file, refusing it as soon as it passes {@code maxBytes}. */
  public Received receive(InputStream in, long maxBytes) throws IOException {
    Path incoming = Files.createDirectories(root.resolve("incoming"));
    Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        size += read;
        if (size > maxBytes) {
          throw new TooLarge(maxBytes);
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return new Received(temporary, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** Moves a checked file into place under its digest. */
  public void keep(Received received) throws IOException {
    Path target = path(received.sha256());
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      Files.delete(received.temporary());
    } else {
      Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  public void discard(Received received) {
    try {
      Files.deleteIfExists(received.temporary());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
