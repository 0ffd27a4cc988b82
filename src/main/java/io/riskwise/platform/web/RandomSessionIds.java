package io.riskwise.platform.web;

import jakarta.servlet.ServletContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Page session identifiers of 256 random bits from a {@link SecureRandom}, URL-safe Base64.
 *
 * <p>Payara's own identifiers start with the clock and an object's hash code, so only about 64 of
 * their bits are random (OWASP ASVS 7.2.3 asks for 128). Payara's documented replacement, the
 * {@code session-id-generator-classname} setting, loads its class from the server's class path, not
 * from an application, so this installs the generator on the application's session manager when the
 * application starts, through the manager's own {@code setUuidGenerator}. The generator's type is
 * Payara's, so it is made as a proxy of that type and this class needs none of Payara's jars.
 */
final class RandomSessionIds {
  private static final Logger LOG = Logger.getLogger(RandomSessionIds.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private RandomSessionIds() {}

  static String next() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * True when the session manager of {@code context} now makes its identifiers with {@link #next}.
   */
  static boolean install(ServletContext context) {
    try {
      Object manager = sessionManager(context);
      Method getter = manager.getClass().getMethod("getUuidGenerator");
      Class<?> generatorType = getter.getReturnType();
      Object generator =
          Proxy.newProxyInstance(
              generatorType.getClassLoader(),
              new Class<?>[] {generatorType},
              (proxy, method, arguments) ->
                  switch (method.getName()) {
                    case "generateUuid" -> next();
                    case "toString" -> "RandomSessionIds";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
      manager.getClass().getMethod("setUuidGenerator", generatorType).invoke(manager, generator);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "The session manager was not found", e);
      return false;
    }
  }

  /** ApplicationContextFacade → ApplicationContext → StandardContext → its Manager. */
  private static Object sessionManager(ServletContext context) throws ReflectiveOperationException {
    Field inner = context.getClass().getDeclaredField("context");
    inner.setAccessible(true);
    Object applicationContext = inner.get(context);
    Object standardContext =
        applicationContext.getClass().getMethod("getStandardContext").invoke(applicationContext);
    Object manager = standardContext.getClass().getMethod("getManager").invoke(standardContext);
    if (manager == null) {
      throw new IllegalStateException("The application has no session manager yet");
    }
    return manager;
  }
}
