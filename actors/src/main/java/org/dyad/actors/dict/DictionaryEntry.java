package org.dyad.actors.dict;

/**
 * What a dictionary phrase stands for: a country ({@link CountryRef}), a role noun or title
 * ({@link Agent}), a named group ({@link Group}) or an international organisation ({@link Igo}).
 *
 * <p>All implementations are immutable records and so thread-safe; one instance is shared by every
 * match of every alternative phrase of the same dictionary row.
 */
public sealed interface DictionaryEntry permits CountryRef, Agent, Group, Igo {}
