package org.amity.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Codes batches of stories on several threads and hands the results back in input order. Each
 * thread keeps its own OpenNLP tools (see {@link EventCoder}).
 */
public final class ParallelCoder implements AutoCloseable {
  private final EventCoder coder;
  private final ExecutorService pool;

  public ParallelCoder(EventCoder coder, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.coder = coder;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "amity-coder");
              t.setDaemon(true);
              return t;
            });
  }

  /** The classifier of the coder, or null when it gives sentences no class. */
  public SentenceClassifier classes() {
    return coder.classes();
  }

  /** The coded sentences of each story, in the order given. */
  public List<List<CodedSentence>> code(List<Story> stories) {
    List<Future<List<CodedSentence>>> futures = new ArrayList<>(stories.size());
    for (Story s : stories) {
      futures.add(pool.submit(() -> coder.code(s)));
    }
    List<List<CodedSentence>> out = new ArrayList<>(stories.size());
    for (Future<List<CodedSentence>> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("coding interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("coding failed: " + e.getCause(), e.getCause());
      }
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
