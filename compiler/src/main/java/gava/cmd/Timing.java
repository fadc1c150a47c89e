package gava.cmd;

/**
 * Phase timings for profiling the command: with {@code GAVA_TIMING=1} each {@link #mark} prints
 * {@code gava: timing: PHASE +Nms (at Mms, cpu Cms)} on stderr (N since the previous mark, M since
 * the JVM started, C the process's CPU time so far). Off (and free) otherwise.
 */
final class Timing {
  private Timing() {}

  static final boolean ON = System.getenv("GAVA_TIMING") != null && !System.getenv("GAVA_TIMING").equals("0");
  private static long last = -1;

  static synchronized void mark(String phase) {
    if (!ON) return;
    long now = System.nanoTime();
    long up = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    System.err.printf("gava: timing: %-12s +%dms (at %dms, cpu %dms)%n", phase, last < 0 ? 0 : (now - last) / 1_000_000, up, cpu);
    last = System.nanoTime();
  }
}
