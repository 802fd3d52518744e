package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark session for tests: two worker threads, no web UI, on the loopback address, few shuffle partitions. */
final class SparkTestSupport {
  private SparkTestSupport() {}

  static SparkSession start() {
    return SparkSession.builder()
        .appName("dyad-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
