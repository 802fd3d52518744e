package org.dyad.server;

import org.dyad.pipeline.DyadPipeline;

/** One real pipeline per test JVM (CoreNLP takes seconds and gigabytes to load); closed when the JVM exits. */
final class SharedPipeline {
  private SharedPipeline() {}

  private static DyadPipeline pipeline;

  static synchronized DyadPipeline get() {
    if (pipeline == null) {
      pipeline = DyadPipeline.loadDefault();
      DyadPipeline p = pipeline;
      Runtime.getRuntime().addShutdownHook(new Thread(p::close, "close-pipeline"));
    }
    return pipeline;
  }
}
