/**
 * Dyad's domain model: immutable records that every pipeline stage speaks.
 *
 * <p><b>NOTE:</b> this package has no dependencies beyond the JDK. All records are immutable
 * and therefore thread-safe; lists handed to constructors are copied.
 *
 * <p>The data path: {@link org.dyad.model.Article} (ingest) → {@link org.dyad.model.AnnotatedArticle}
 * (annotate) → {@link org.dyad.model.Actor}s and {@link org.dyad.model.Mention}s (actors) →
 * {@link org.dyad.model.Event}s, {@link org.dyad.model.Quote}s (coding) →
 * {@link org.dyad.model.CodedArticle} (stored, served, exported).
 */
package org.dyad.model;
