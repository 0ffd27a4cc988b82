package io.riskwise.platform.database;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends for the current request's thread, so that the request
 * log can say how many a request took and the tests can prove a screen takes a constant number,
 * whatever else the server is doing. Registered in persistence.xml.
 */
public class StatementCount extends SessionEventAdapter {
  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

  /** Starts counting on this thread. */
  public static void start() {
    COUNT.set(new int[1]);
  }

  /** The statements sent since {@link #start()}, or -1 when nothing is counting. */
  public static int current() {
    int[] count = COUNT.get();
    return count == null ? -1 : count[0];
  }

  public static void stop() {
    COUNT.remove();
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    int[] count = COUNT.get();
    if (count != null) {
      count[0]++;
    }
  }
}
