/**
 * Dyad's output formats, read by other tools: {@link org.dyad.formats.DyadJson} (one JSON record
 * per coded article, JSON Lines for many) and {@link org.dyad.formats.DyadTsv} (one line per event).
 *
 * <p>Field names of these formats are fixed; readers tolerate missing newer fields. All classes
 * are stateless or immutable and thread-safe.
 */
package org.dyad.formats;
