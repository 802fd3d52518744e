/**
 * Dyad's coder as an Apache Spark job: {@link org.dyad.spark.DyadSparkJob} reads articles (JSON
 * lines, text files with sidecars, anything {@code dyad code} reads, or Parquet; local paths or
 * any Hadoop URI), codes them with one {@link org.dyad.pipeline.DyadPipeline} per executor JVM
 * ({@link org.dyad.spark.PipelineHolder}) and writes the Parquet tables of
 * {@link org.dyad.spark.OutputTables}.
 *
 * <p>Spark is a {@code provided} dependency: the cluster supplies it to the {@code cluster} jar,
 * and the embedded run ({@code dyad spark}) puts the copy in {@code target/lib} on its classpath.
 * Everything shipped to executors (options, factories, documents) is immutable and serializable.
 */
package org.dyad.spark;
