package io.riskwise.portfolio.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Uploaded files on disk, outside the web root, named by the SHA-256 of their content (so the same
 * file uploaded twice is kept once, and no user-given name ever reaches the file system). An upload
 * is first streamed to {@code incoming/} under a name of its own, counted as it goes, written
 * through to the disk, and moved into place with one atomic rename only once it has been checked: a
 * reader never sees half a file, and several nodes sharing the folder can keep the same content at
 * once (the names differ until the rename, and the renames give the same file).
 */
public class EvidenceFiles {

  /** A file received but not yet kept. */
  public record Received(Path temporary, long size, String sha256) {}

  /** The folder could not be written to: it is full, read-only or gone. */
  public static class NotStored extends IOException {
    NotStored(IOException cause) {
      super("The storage folder cannot be written to: " + cause, cause);
    }
  }

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

  /**
   * Streams the upload to a temporary file, refusing it as soon as it passes {@code maxBytes}.
   *
   * @throws NotStored when the folder cannot take it; other IOExceptions come from the sender
   */
  public Received receive(InputStream in, long maxBytes) throws IOException {
    Path temporary;
    FileChannel channel;
    try {
      Path incoming = Files.createDirectories(root.resolve("incoming"));
      temporary = incoming.resolve(UUID.randomUUID() + ".part");
      channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new NotStored(e);
    }
    MessageDigest sha256 = sha256();
    long size = 0;
    try (channel;
        OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        size += read;
        if (size > maxBytes) {
          throw new TooLarge(maxBytes);
        }
        write(out, buffer, read);
      }
      try {
        channel.force(true);
      } catch (IOException e) {
        throw new NotStored(e);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return new Received(temporary, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /**
   * Moves a checked file into place under its digest. If the same content is already there (kept
   * earlier, or by another node a moment ago) the rename simply gives the same file again.
   */
  public void keep(Received received) throws NotStored {
    Path target = path(received.sha256());
    try {
      Files.createDirectories(target.getParent());
      Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new NotStored(e);
    }
  }

  private static void write(OutputStream out, byte[] buffer, int length) throws NotStored {
    try {
      out.write(buffer, 0, length);
    } catch (IOException e) {
      throw new NotStored(e);
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
