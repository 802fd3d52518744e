package org.dyad.spark;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.pipeline.DyadPipeline;

/**
 * One coding pipeline per JVM and factory key, made on first use: every task that runs in an
 * executor (or, in local mode, in the driver) shares it, so the models load once per executor,
 * not per task or record.
 *
 * <p>Thread-safe: tasks that ask while the pipeline is loading wait for it. The holder owns the
 * pipelines; they live as long as the JVM (an executor ends with its JVM).
 */
public final class PipelineHolder {
  private static final ConcurrentMap<String, DyadPipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();
  private static final AtomicLong LOAD_NANOS = new AtomicLong();

  private PipelineHolder() {}

  /** The pipeline for {@code factory}'s key, made by it on the first call in this JVM. */
  public static DyadPipeline get(PipelineFactory factory) {
    Objects.requireNonNull(factory, "factory");
    return PIPELINES.computeIfAbsent(factory.key(), k -> {
      long t0 = System.nanoTime();
      DyadPipeline p = Objects.requireNonNull(factory.create(), () -> "pipeline factory " + k + " made no pipeline");
      LOADS.incrementAndGet();
      LOAD_NANOS.addAndGet(System.nanoTime() - t0);
      return p;
    });
  }

  /** How many pipelines this JVM has made so far. */
  public static int loads() {
    return LOADS.get();
  }

  /** Seconds this JVM spent making pipelines. */
  public static double loadSeconds() {
    return LOAD_NANOS.get() / 1e9;
  }
}
