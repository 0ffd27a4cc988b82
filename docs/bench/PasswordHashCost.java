import io.riskwise.identity.control.Argon2PasswordHash;
import io.riskwise.identity.control.Passwords;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The cost of one password check in-process, one thread: the PBKDF2 check every sign-in made before
 * (PBKDF2-HMAC-SHA512, 210,000 iterations, 64-byte key) against today's Argon2id (19 MiB, t=2, p=1).
 * Less noisy than the HTTP benchmark on a shared machine, as it times only the hashing.
 *
 * <pre>
 * mvn -o -q compile
 * java -cp target/classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar:$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar \
 *   docs/bench/PasswordHashCost.java [rounds, default 50]
 * </pre>
 */
public class PasswordHashCost {
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Passwords passwords = new Passwords(new Argon2PasswordHash());
    String password = "riskwise-demo";
    String pbkdf2 = pbkdf2(password);
    String argon2 = passwords.hash(password);
    for (int i = 0; i < 5; i++) { // warm-up: JIT and the first allocation of 19 MiB blocks
      passwords.matches(password, pbkdf2);
      passwords.matches(password, argon2);
    }
    report("PBKDF2-HMAC-SHA512 210,000 check", time(rounds, () -> passwords.matches(password, pbkdf2)));
    report("Argon2id m=19 MiB t=2 p=1 check", time(rounds, () -> passwords.matches(password, argon2)));
    report("Argon2id m=19 MiB t=2 p=1 new hash", time(rounds, () -> passwords.hash(password) != null));
    System.out.printf("max heap %d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
  }

  interface Check {
    boolean run();
  }

  static double[] time(int rounds, Check check) {
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      if (!check.run()) {
        throw new IllegalStateException("the password did not match");
      }
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return ms;
  }

  static void report(String what, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", what, ms.length,
        Arrays.stream(ms).average().orElseThrow(), sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[0]);
  }

  /** The PBKDF2 string the container's Pbkdf2PasswordHash wrote before Argon2id. */
  static String pbkdf2(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 512)).getEncoded();
    return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(key);
  }
}
