/**
 * Ingest: turns bytes from users into {@link org.dyad.model.Article}s or clear
 * {@link org.dyad.model.DocumentError}s.
 *
 * <p>Entry point: {@link org.dyad.ingest.ArticleReader} reads files, folders, stdin, streams and
 * http(s) URLs in plain text, JSON lines, JSON, HTML and RSS/Atom (optionally gzipped) and yields
 * one {@link org.dyad.ingest.Ingested} per document; {@link org.dyad.ingest.IngestOptions} holds
 * {@code --date}, {@code --id}, the size limit and whether a date is required;
 * {@link org.dyad.ingest.ErrorKinds} lists the error kinds; {@link org.dyad.ingest.FeedItem} is a
 * feed item as listed, for watching feeds.
 *
 * <p>Guarantees: bad input never throws out of a stream and never stops it; memory per document
 * is bounded by the options' limits; multi-record files are read record by record. Everything
 * else in the package is internal.
 */
package org.dyad.ingest;
