package org.dyad.spark;

import org.dyad.pipeline.DyadPipeline;

/** The pipeline {@code dyad code} uses: CoreNLP and the built-in dictionaries ({@link DyadPipeline#loadDefault()}). */
public final class DefaultPipelineFactory implements PipelineFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public DyadPipeline create() {
    return DyadPipeline.loadDefault();
  }
}
