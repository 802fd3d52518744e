/**
 * Import of PETRARCH verb dictionaries into Dyad trigger patterns
 * ({@link org.dyad.coding.petrarch.PetrarchVerbs}), and PETRARCH discard lists
 * ({@link org.dyad.coding.petrarch.PetrarchDiscards}) and issue lists
 * ({@link org.dyad.coding.petrarch.PetrarchIssues}). What does not translate is counted by
 * reason. Everything public here is immutable and thread-safe.
 */
package org.dyad.coding.petrarch;
