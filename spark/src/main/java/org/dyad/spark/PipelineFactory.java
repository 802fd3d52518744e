package org.dyad.spark;

import java.io.Serializable;
import org.dyad.pipeline.DyadPipeline;

/**
 * Makes the coding pipeline on an executor. The job ships the factory, not the pipeline: a
 * pipeline holds gigabytes of models and is built where it is used, once per JVM (see
 * {@link PipelineHolder}).
 *
 * <p>Implementations are small, immutable and serializable.
 */
public interface PipelineFactory extends Serializable {
  /** Builds a new pipeline; may take seconds and gigabytes. */
  DyadPipeline create();

  /** Identifies the pipeline this factory makes: factories with equal keys share one pipeline per JVM. */
  default String key() {
    return getClass().getName();
  }
}
