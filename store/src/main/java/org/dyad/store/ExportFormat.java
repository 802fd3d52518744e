package org.dyad.store;

/** File formats of {@link DyadStore#exportEvents}. */
public enum ExportFormat {
  /** One CSV file with a header line. */
  CSV,
  /** One Parquet file. */
  PARQUET,
  /**
   * A directory of Parquet files partitioned Hive-style by event year and month
   * ({@code year=2021/month=5/...}); undated events go to {@code year=NULL/month=NULL}.
   */
  PARQUET_BY_MONTH
}
