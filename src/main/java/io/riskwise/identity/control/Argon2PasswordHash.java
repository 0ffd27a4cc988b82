package io.riskwise.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.PasswordHash;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) with OWASP's first-choice parameters: 19 MiB of memory, 2 passes, one lane, a
 * random 16-byte salt and a 32-byte hash, written in the PHC string format that other Argon2
 * libraries read ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded base64).
 *
 * <p>Memory-hard hashing costs an attacker with graphics cards far more than PBKDF2 does, while a
 * sign-in here takes a few tens of milliseconds instead of a third of a second. A stored string is
 * checked with the parameters it carries, so they can be raised later without locking anyone out;
 * {@link #isCurrent} tells which hashes to renew.
 */
@ApplicationScoped
public class Argon2PasswordHash implements PasswordHash {
  public static final String PREFIX = "$argon2id$";
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  /** Bounds on what a stored string may ask for, so that a corrupt row cannot exhaust memory. */
  private static final int MAX_MEMORY_KIB = 1 << 20;

  private static final int MAX_ITERATIONS = 10;
  private static final int MAX_PARALLELISM = 16;

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Hashes running at once. Each holds 19 MiB for its duration, and more at once than there are
   * cores adds memory, not speed: fifty people signing in together would otherwise hold about 1 GB.
   * The rest wait their turn, fairly.
   */
  private static final Semaphore RUNNING =
      new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

  /**
   * The memory blocks of two hashes, kept from one hash to the next (wiped in between by the
   * generator). Each hash would otherwise allocate 19,456 blocks of 1 KiB that live as long as it
   * runs, long enough for a small heap's young collections to copy them, again and again. Two, not
   * one per core: what is kept stays in the heap for good. Hashes beyond two at once, or a stored
   * hash asking for more memory, allocate the rest, which is not kept.
   */
  private static final Argon2BytesGenerator.BlockPool BLOCKS =
      new Argon2BytesGenerator.FixedBlockPool(
          2 * Argon2BytesGenerator.getBlockCount(MEMORY_KIB, PARALLELISM));

  /** The parameters and values of one stored hash. */
  record Stored(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {}

  @Override
  public String generate(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, MEMORY_KIB, ITERATIONS, PARALLELISM, salt, HASH_BYTES);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + "v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  /** Whether the password gives the stored hash; false, never an exception, for a malformed one. */
  @Override
  public boolean verify(char[] password, String hashedPassword) {
    Optional<Stored> stored = parse(hashedPassword);
    if (stored.isEmpty() || password == null) {
      return false;
    }
    Stored s = stored.get();
    byte[] computed =
        derive(password, s.memoryKib(), s.iterations(), s.parallelism(), s.salt(), s.hash().length);
    return MessageDigest.isEqual(computed, s.hash());
  }

  /** Whether a stored hash is Argon2id with today's parameters, so needs no renewal. */
  public boolean isCurrent(String hashedPassword) {
    return parse(hashedPassword)
        .filter(
            s ->
                s.memoryKib() == MEMORY_KIB
                    && s.iterations() == ITERATIONS
                    && s.parallelism() == PARALLELISM
                    && s.salt().length == SALT_BYTES
                    && s.hash().length == HASH_BYTES)
        .isPresent();
  }

  static Optional<Stored> parse(String hashedPassword) {
    if (hashedPassword == null) {
      return Optional.empty();
    }
    Matcher m = PHC.matcher(hashedPassword);
    if (!m.matches()) {
      return Optional.empty();
    }
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int parallelism = Integer.parseInt(m.group(3));
    if (parallelism < 1
        || parallelism > MAX_PARALLELISM
        || iterations < 1
        || iterations > MAX_ITERATIONS
        || memory < 8 * parallelism
        || memory > MAX_MEMORY_KIB) {
      return Optional.empty();
    }
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] salt = base64.decode(m.group(4));
      byte[] hash = base64.decode(m.group(5));
      if (salt.length < 8 || hash.length < 16) {
        return Optional.empty();
      }
      return Optional.of(new Stored(memory, iterations, parallelism, salt, hash));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static byte[] derive(
      char[] password, int memoryKib, int iterations, int parallelism, byte[] salt, int length) {
    byte[] secret = utf8(password);
    RUNNING.acquireUninterruptibly();
    try {
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(
          new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
              .withVersion(Argon2Parameters.ARGON2_VERSION_13)
              .withMemoryAsKB(memoryKib)
              .withIterations(iterations)
              .withParallelism(parallelism)
              .withSalt(salt)
              .withBlockPool(BLOCKS)
              .build());
      byte[] hash = new byte[length];
      generator.generateBytes(secret, hash);
      return hash;
    } finally {
      RUNNING.release();
      Arrays.fill(secret, (byte) 0);
    }
  }

  private static byte[] utf8(char[] password) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return bytes;
  }
}
