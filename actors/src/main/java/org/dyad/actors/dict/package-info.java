/**
 * Dyad's actor dictionaries: countries, agent phrases (role nouns, titles, institutions,
 * honorifics), named groups and international organisations as versioned TSV files, loaded and
 * validated by {@link org.dyad.actors.dict.ActorDictionary}, which also finds their phrases in a
 * sentence's tokens; and a gazetteer of capitals, cities and regions
 * ({@link org.dyad.actors.dict.Gazetteer}).
 *
 * <p>Everything public here is immutable and thread-safe. The built-in files live next to these
 * classes on the class path; users may load their own copies from a folder.
 */
package org.dyad.actors.dict;
