/**
 * Dyad's HTTP server: the JSON API (described by {@code openapi.json}, served at
 * {@code /api/openapi.json}) and the web UI over a {@link org.dyad.store.DyadStore}.
 * {@link org.dyad.server.DyadServer} is the entry point; {@link org.dyad.server.ServerConfig}
 * says how it listens and what it allows; {@link org.dyad.server.ArticleCoder} codes posted
 * articles (the pipeline, or a stand-in in tests). All HTML goes through
 * {@link org.dyad.server.Html#esc}. {@code org.dyad.server.bench} holds the load test.
 */
package org.dyad.server;
