package org.dyad.server;

import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * Codes one article for {@code POST /api/code} and the paste box. The server calls it from many
 * request threads at once (bounded by {@link ServerConfig#codingThreads()}), so implementations
 * must be thread-safe; {@code DyadPipeline::code} is. Must not throw for bad input: problems go
 * into {@link CodedArticle#errors()}.
 */
@FunctionalInterface
public interface ArticleCoder {
  CodedArticle code(Article article);
}
