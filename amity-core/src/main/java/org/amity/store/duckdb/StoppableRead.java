package org.amity.store.duckdb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.amity.store.HeavyRead;
import org.amity.store.ReadStopped;

/**
 * Runs a heavy read under its deadline ({@link HeavyRead}). The work gets the connection through a
 * thin proxy that notes every statement it creates; at the deadline a watchdog cancels them ({@link
 * Statement#cancel()}, which interrupts DuckDB's running query), and any statement asked for
 * afterwards is refused. The read then ends with {@link ReadStopped}, whatever the work made of the
 * interruption.
 */
final class StoppableRead implements InvocationHandler {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "amity-read-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final Connection target;
  private final List<Statement> statements = new CopyOnWriteArrayList<>();
  private volatile boolean stopped;

  private StoppableRead(Connection target) {
    this.target = target;
  }

  static <T> T run(Connection c, Connections.Work<T> work) {
    long left = HeavyRead.nanosLeft();
    if (left <= 0) {
      throw new ReadStopped(
          "the time limit for large reads had passed before the read began", null);
    }
    StoppableRead read = new StoppableRead(c);
    Connection proxy =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, read);
    ScheduledFuture<?> alarm = WATCHDOG.schedule(read::stop, left, TimeUnit.NANOSECONDS);
    try {
      T result = Connections.run(proxy, work);
      if (read.stopped) {
        throw stoppedAfter(left, null);
      }
      return result;
    } catch (RuntimeException e) {
      if (read.stopped && !(e instanceof ReadStopped)) {
        throw stoppedAfter(left, e);
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }

  private static ReadStopped stoppedAfter(long nanos, Throwable cause) {
    return new ReadStopped(
        "the read was stopped at the request's time limit for large reads (it began with "
            + TimeUnit.NANOSECONDS.toMillis(nanos)
            + " ms of that time left; its query cancelled)",
        cause);
  }

  /** At the deadline: cancel every statement of this read. */
  private void stop() {
    stopped = true;
    for (Statement s : statements) {
      try {
        s.cancel();
      } catch (SQLException e) {
        // a statement already closed has nothing left to cancel
      }
    }
  }

  @Override
  public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    String name = method.getName();
    boolean makesStatement = name.equals("createStatement") || name.equals("prepareStatement");
    if (makesStatement && stopped) {
      throw new SQLException("the read was stopped at its time limit");
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (makesStatement) {
      statements.add((Statement) result);
      if (stopped) {
        stop(); // the alarm went off while this statement was being made
      }
    }
    return result;
  }
}
