/**
 * Import of PETRARCH/TABARI actor and agent dictionaries (for example the Phoenix dictionaries)
 * into Dyad's own dictionary format: {@link org.dyad.actors.petrarch.PetrarchActors} reads actor
 * records with date-bounded codes and writes, for one date, the four files that
 * {@link org.dyad.actors.dict.ActorDictionary#load(java.nio.file.Path)} reads;
 * {@link org.dyad.actors.petrarch.PetrarchAgents} reads agents; {@link
 * org.dyad.actors.petrarch.PetrarchLines} strips PETRARCH comments for all PETRARCH readers.
 * Dyad's own dictionaries remain the default. Everything public here is immutable and thread-safe.
 */
package org.dyad.actors.petrarch;
