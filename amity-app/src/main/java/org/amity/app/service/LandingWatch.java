package org.amity.app.service;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the landing folder's job as soon as a file appears in the folder or is renamed into it (a
 * writer's {@code NAME.part} renamed to {@code NAME} is such a new name) through the operating
 * system's file notifications ({@link WatchService}), so a new file waits for no poll. The job's
 * own poll stays as the fallback for folders that send no notifications (network file systems) and
 * for notifications lost on overflow.
 */
public final class LandingWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LandingWatch.class);

  private final WatchService service;
  private final Thread thread;

  private LandingWatch(WatchService service, Runnable wake) {
    this.service = service;
    this.thread = new Thread(() -> listen(wake), "amity-landing-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching {@code dir}; returns null (and the poll alone serves) when the folder cannot be
   * watched.
   */
  public static LandingWatch start(Path dir, Runnable wake) {
    try {
      WatchService ws = FileSystems.getDefault().newWatchService();
      dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.OVERFLOW);
      LandingWatch w = new LandingWatch(ws, wake);
      w.thread.start();
      return w;
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn("cannot watch {} for new files ({}); polling it instead", dir, e.getMessage());
      return null;
    }
  }

  private void listen(Runnable wake) {
    try {
      while (true) {
        WatchKey key = service.take();
        key.pollEvents(); // what changed does not matter: the job looks at the folder itself
        wake.run();
        if (!key.reset()) {
          LOG.warn("the landing folder can no longer be watched; polling it instead");
          return;
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the service is stopping
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      LOG.warn("cannot close the landing folder's watch: {}", e.getMessage());
    }
    thread.interrupt();
  }
}
