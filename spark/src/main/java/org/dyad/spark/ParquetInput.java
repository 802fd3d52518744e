package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.ingest.ErrorKinds;
import org.dyad.model.Article;
import org.dyad.model.DocumentError;

/**
 * Articles from Parquet: a string column {@code text}, and optional {@code id} (string or
 * integer), {@code date} (DATE, TIMESTAMP or an ISO string), {@code title}, {@code url},
 * {@code source} (strings); other columns are ignored. A row is read by the rules of a JSON
 * record in {@code dyad code}: a missing id becomes {@link Article#contentId}, a missing date is
 * {@code --date} or a DATE error, an empty or too long text is an error row. Stateless.
 */
final class ParquetInput {
  private ParquetInput() {}

  private static final List<String> OPTIONAL = List.of("id", "date", "title", "url", "source");
  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ].*$)");

  /** The rows of the Parquet files as input documents. */
  static JavaRDD<InputDoc> read(SparkSession spark, List<String> files, LocalDate defaultDate, long maxChars) {
    Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
    StructType schema = df.schema();
    List<Column> cols = new ArrayList<>();
    cols.add(column(schema, "text", true, DataTypes.StringType));
    for (String name : OPTIONAL) {
      cols.add(column(schema, name, false, name.equals("id") ? null : name.equals("date") ? DataTypes.DateType : DataTypes.StringType));
    }
    cols.add(col("_metadata.file_path").alias("_file"));
    Dataset<Row> rows = df.select(cols.toArray(Column[]::new));
    return rows.toJavaRDD().map(r -> toDoc(r, defaultDate, maxChars));
  }

  private static Column column(StructType schema, String name, boolean required, DataType kind) {
    StructField f = Arrays.stream(schema.fields()).filter(x -> x.name().equals(name)).findFirst().orElse(null);
    if (f == null) {
      if (required) {
        throw new SparkJobOptions.UsageException("the Parquet input has no column \"" + name + "\" (it has: "
            + String.join(", ", schema.fieldNames()) + ")");
      }
      return lit(null).cast(DataTypes.StringType).alias(name);
    }
    DataType t = f.dataType();
    boolean ok;
    if (name.equals("id")) {
      ok = t.equals(DataTypes.StringType) || t.equals(DataTypes.IntegerType) || t.equals(DataTypes.LongType);
    } else if (name.equals("date")) {
      ok = t.equals(DataTypes.StringType) || t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType)
          || t.equals(DataTypes.TimestampNTZType);
    } else {
      ok = t.equals(kind);
    }
    if (!ok) {
      throw new SparkJobOptions.UsageException("the Parquet column \"" + name + "\" is " + t.simpleString() + "; Dyad needs "
          + (name.equals("id") ? "a string or an integer" : name.equals("date") ? "a date, a timestamp or an ISO date string" : "a string"));
    }
    return col(name).cast(DataTypes.StringType).alias(name);
  }

  /** One row (text, id, date, title, url, source, file) as an article or an error. */
  static InputDoc toDoc(Row r, LocalDate defaultDate, long maxChars) {
    String text = r.getString(0);
    String id = blankToNull(r.getString(1));
    String dateText = r.getString(2);
    String file = r.getString(6);
    String origin = file == null ? "<parquet>" : file;
    String label = origin.substring(origin.lastIndexOf('/') + 1);
    String errId = id != null ? id : label;
    if (text == null) {
      return fail(errId, ErrorKinds.MALFORMED, "has no \"text\"", origin);
    }
    if (text.isBlank()) {
      return fail(errId, ErrorKinds.EMPTY, "has an empty \"text\"", origin);
    }
    if (text.length() > maxChars) {
      return fail(errId, ErrorKinds.TOO_LARGE,
          "has a text of " + text.length() + " characters, more than the limit of " + maxChars + " (maxChars)", origin);
    }
    LocalDate date;
    if (dateText == null) {
      date = defaultDate;
      if (date == null) {
        return fail(errId, ErrorKinds.DATE, "has no \"date\": fill the date column or pass --date YYYY-MM-DD", origin);
      }
    } else {
      try {
        date = isoDate(dateText);
      } catch (IllegalArgumentException e) {
        return fail(errId, ErrorKinds.DATE, "has a bad \"date\": " + e.getMessage(), origin);
      }
    }
    String finalId = id != null ? id : Article.contentId(text);
    return InputDoc.article(new Article(finalId, text, date, r.getString(3), r.getString(4), r.getString(5)), origin);
  }

  /** The calendar date of an ISO date or date-time, as written. */
  static LocalDate isoDate(String s) {
    Matcher m = ISO.matcher(s.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + s + "' is not an ISO date (YYYY-MM-DD)");
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + s + "' is not a real date (" + e.getMessage() + ")");
    }
  }

  private static InputDoc fail(String docId, String kind, String reason, String origin) {
    return InputDoc.failed(new DocumentError(docId, kind, "a row of " + origin.substring(origin.lastIndexOf('/') + 1)
        + " " + reason), origin);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
