/**
 * The embedded DuckDB store of coded articles: {@link org.dyad.store.DyadStore} writes and reads
 * whole {@link org.dyad.model.CodedArticle}s, and answers the event queries
 * ({@link org.dyad.store.EventQuery}), aggregations ({@link org.dyad.store.DyadCount},
 * {@link org.dyad.store.TimelinePoint}, {@link org.dyad.store.ActorSummary}) and exports
 * ({@link org.dyad.store.ExportFormat}) that the CLI and the REST API need.
 *
 * <p>The only module that talks to DuckDB; it does not depend on the formats module.
 */
package org.dyad.store;
