package org.dyad.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Turning exceptions met while reading into failures with clear messages. Stateless. */
final class Readers {
  private Readers() {}

  /** A failure for an exception met while opening or reading a whole document. */
  static Ingested ioFailure(String docId, Source src, Exception e) {
    return Ingested.failed(docId, kindOf(e), reason(src, e), src.origin());
  }

  /**
   * A failure for an exception met in the middle of a multi-record document.
   *
   * @param context where in the document, e.g. "after line 12", or ""
   */
  static Ingested streamFailure(Source src, String context, Exception e) {
    String where = context.isEmpty() ? "" : " " + context;
    return Ingested.failed(src.label(), kindOf(e), reason(src, e) + where + "; the rest of the file is not read", src.origin());
  }

  static String kindOf(Exception e) {
    if (isGzipProblem(e)) {
      return ErrorKinds.MALFORMED;
    }
    if (e instanceof IOException) {
      return ErrorKinds.IO;
    }
    return ErrorKinds.MALFORMED;
  }

  private static boolean isGzipProblem(Exception e) {
    return e instanceof ZipException || e instanceof EOFException && String.valueOf(e.getMessage()).contains("ZLIB");
  }

  static String reason(Source src, Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException) {
      return "not a valid gzip file (" + e.getMessage() + ")";
    }
    if (e instanceof EOFException) {
      return "the file ends too early (truncated download?)";
    }
    if (e instanceof IOException) {
      return "cannot be read: " + e.getMessage();
    }
    return "could not be read: " + e;
  }
}
