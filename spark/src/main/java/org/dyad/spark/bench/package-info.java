/** The Spark job's benchmark over Reuters-21578 (a main, not a test): see docs/BENCHMARKS.md. */
package org.dyad.spark.bench;
