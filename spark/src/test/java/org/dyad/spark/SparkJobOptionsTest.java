package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SparkJobOptionsTest {
  @Test
  void readsEveryOptionInBothSpellings() {
    SparkJobOptions o = SparkJobOptions.parse("--master", "local[2]", "--input=hdfs://nn/news/*.jsonl", "--output", "out",
        "--format", "jsonl", "--partitions=8", "--date", "2021-05-17", "--max-chars", "5000", "--overwrite",
        "--summary", "s.json");
    assertEquals("local[2]", o.master());
    assertEquals("hdfs://nn/news/*.jsonl", o.input());
    assertEquals("out", o.output());
    assertEquals(InputFormat.JSONL, o.format());
    assertEquals(8, o.partitions());
    assertEquals(LocalDate.of(2021, 5, 17), o.defaultDate());
    assertEquals(5000, o.maxChars());
    assertTrue(o.overwrite());
    assertEquals("s.json", o.summaryFile());
    assertInstanceOf(DefaultPipelineFactory.class, o.pipeline());
    assertEquals(LocalDate.of(2021, 5, 17), o.ingestOptions().defaultDate());
    assertTrue(o.ingestOptions().requireDate());
  }

  @Test
  void defaultsLeaveTheMasterToSparkSubmit() {
    SparkJobOptions o = SparkJobOptions.parse("--input", "in", "--output", "out");
    assertNull(o.master());
    assertEquals(InputFormat.AUTO, o.format());
    assertEquals(0, o.partitions());
    assertFalse(o.overwrite());
  }

  @Test
  void badCommandLinesSayWhatIsWrong() {
    assertUsage("no input", "--output", "o");
    assertUsage("no output", "--input", "i");
    assertUsage("unknown option '--threads'", "--input", "i", "--output", "o", "--threads", "2");
    assertUsage("--master needs a value", "--input", "i", "--output", "o", "--master");
    assertUsage("--format must be auto, jsonl, text or parquet, not 'csv'", "--input", "i", "--output", "o", "--format", "csv");
    assertUsage("--date must be a real date", "--input", "i", "--output", "o", "--date", "2021-02-30");
    assertUsage("--partitions must be a positive whole number, not '0'", "--input", "i", "--output", "o", "--partitions", "0");
    assertUsage("unexpected argument 'news.jsonl'", "news.jsonl", "--output", "o");
    assertUsage("--overwrite takes no value", "--input", "i", "--output", "o", "--overwrite=yes");
  }

  private static void assertUsage(String expected, String... args) {
    SparkJobOptions.UsageException e = assertThrows(SparkJobOptions.UsageException.class, () -> SparkJobOptions.parse(args));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void theCommandLineEntryReturnsExitCodesWithoutStartingSpark() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, DyadSparkJob.run(new String[] {"--help"}, o, e));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--master MASTER"));
    assertEquals(2, DyadSparkJob.run(new String[] {"--input", "x"}, o, e));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("dyad spark: no output"), err::toString);
    String master = System.clearProperty("spark.master");
    try {
      assertEquals(2, DyadSparkJob.run(new String[] {"--input", "x", "--output", "y"}, o, e));
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("no Spark master"), err::toString);
    } finally {
      if (master != null) {
        System.setProperty("spark.master", master);
      }
    }
  }

  @Test
  void optionsAreSerializableForTheExecutors() throws Exception {
    SparkJobOptions o = SparkJobOptions.parse("--input", "i", "--output", "o", "--date", "2020-01-01");
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(o);
    }
  }

  @Test
  void formatsTakeFilesByName() {
    assertTrue(InputFormat.JSONL.accepts("a.jsonl"));
    assertTrue(InputFormat.JSONL.accepts("a.NDJSON.gz"));
    assertFalse(InputFormat.JSONL.accepts("a.json"));
    assertTrue(InputFormat.TEXT.accepts("a.txt"));
    assertTrue(InputFormat.TEXT.accepts("README"));
    assertTrue(InputFormat.TEXT.accepts("a.text.gz"));
    assertFalse(InputFormat.TEXT.accepts("a.html"));
    assertTrue(InputFormat.AUTO.accepts("a.html"));
    assertEquals(InputFormat.PARQUET, InputFormat.parse(" Parquet "));
    assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("csv"));
  }
}
