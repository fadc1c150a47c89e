package gava.harness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The thread pool that compiles programs and waits for their child JVMs: daemon threads, one per core plus one. */
final class DaemonPool {
  private DaemonPool() {}

  /** A fixed pool of {@code cores + 1} daemon threads named {@code name}. */
  static ExecutorService forPrograms(String name, int cores) {
    return Executors.newFixedThreadPool(cores + 1, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }
}
