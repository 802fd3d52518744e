/**
 * Exports of coded events in the formats of other event data sets: GDELT 2.0, ICEWS, Phoenix
 * and PLOVER/POLECAT JSON Lines ({@link org.dyad.formats.export.EventFormat}).
 *
 * <p>An exporter writes {@link org.dyad.formats.export.ExportRecord}s: an event with its
 * article's metadata, its sentence and its {@link org.dyad.formats.export.Coverage} (the counts
 * of its cluster of reports, GDELT's NumMentions/NumSources/NumArticles). The module depends on
 * the model only; the command line feeds it from the store. Country codes and names come from
 * Dyad's own {@link org.dyad.formats.export.Countries} table. Writers are not thread-safe;
 * everything else here is immutable.
 */
package org.dyad.formats.export;
