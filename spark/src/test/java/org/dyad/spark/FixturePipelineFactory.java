package org.dyad.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.actors.ActorResolver;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.coding.EventCoder;
import org.dyad.pipeline.DyadPipeline;

/** The real resolver and coder over the {@link FixtureAnnotator}; counts how often it is asked to make a pipeline. */
final class FixturePipelineFactory implements PipelineFactory {
  private static final long serialVersionUID = 1L;
  static final AtomicInteger CREATED = new AtomicInteger();

  @Override
  public DyadPipeline create() {
    CREATED.incrementAndGet();
    ActorDictionary dict = ActorDictionary.loadDefault();
    return new DyadPipeline(new FixtureAnnotator(), new ActorResolver(dict), EventCoder.loadDefault(dict.version()),
        DyadPipeline.DEFAULT_MAX_CHARS);
  }
}
