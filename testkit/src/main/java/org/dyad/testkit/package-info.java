/**
 * Reusable test assertions and fixtures for Dyad's records.
 *
 * <p>{@link org.dyad.testkit.DyadAssertions} checks the invariants every coded event and article
 * must keep (offsets, codes, provenance, ids), whether or not a test asked about them, in the
 * spirit of Lucene's {@code BaseTokenStreamTestCase}. {@link org.dyad.testkit.CodedArticleBuilder}
 * builds small, valid {@link org.dyad.model.CodedArticle}s by hand from words instead of offsets.
 *
 * <p>Depends only on the model and the JUnit API; meant for {@code test} scope.
 */
package org.dyad.testkit;
