import io.riskwise.identity.control.Argon2PasswordHash;
import io.riskwise.identity.control.Passwords;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    System.out.println("| hash | rounds | wall mean ms | wall p50 | wall p95 | wall min | CPU mean ms | CPU p50 |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    report("PBKDF2-HMAC-SHA512 210,000 check", time(rounds, () -> passwords.matches(password, pbkdf2)));
    report("Argon2id m=19 MiB t=2 p=1 check", time(rounds, () -> passwords.matches(password, argon2)));
    report("Argon2id m=19 MiB t=2 p=1 new hash", time(rounds, () -> passwords.hash(password) != null));
    System.out.printf("max heap %d MB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
  }

  interface Check {
    boolean run();
  }

  /** Wall-clock and CPU milliseconds of each round; CPU time is what other processes inflate least. */
  static double[][] time(int rounds, Check check) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] ms = new double[2][rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      if (!check.run()) {
        throw new IllegalStateException("the password did not match");
      }
      ms[0][i] = (System.nanoTime() - start) / 1e6;
      ms[1][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }
    return ms;
  }

  /** | what | rounds | wall mean | wall p50 | wall p95 | wall min | CPU mean | CPU p50 | */
  static void report(String what, double[][] ms) {
    double[] wall = ms[0].clone();
    double[] cpu = ms[1].clone();
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", what, wall.length,
        Arrays.stream(wall).average().orElseThrow(), wall[wall.length / 2],
        wall[(int) Math.ceil(wall.length * 0.95) - 1], wall[0],
        Arrays.stream(cpu).average().orElseThrow(), cpu[cpu.length / 2]);
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
