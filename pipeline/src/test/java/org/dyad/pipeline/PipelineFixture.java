package org.dyad.pipeline;

/** One CoreNLP pipeline per test JVM: loading the models takes seconds and gigabytes. */
final class PipelineFixture {
  private static DyadPipeline pipeline;

  private PipelineFixture() {}

  static synchronized DyadPipeline pipeline() {
    if (pipeline == null) {
      pipeline = DyadPipeline.loadDefault();
    }
    return pipeline;
  }
}
