package org.dyad.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.dyad.model.Article;

/**
 * Articles as JSON records: {@code {"id","text","date"}} plus optional {@code title},
 * {@code url}, {@code source}; one per line (JSON lines, read lazily line by line) or one object
 * or an array of them in a {@code .json} file (read lazily record by record). A bad record
 * becomes a failure naming its line; the others are still read. Stateless.
 */
final class JsonRecords {
  private JsonRecords() {}

  private static final ObjectMapper LINE_MAPPER = mapper(Integer.MAX_VALUE, true);

  /**
   * @param wholeInput true when one read takes the whole input (a line), so trailing tokens are
   *     an error; false when records are read one by one from a parser
   */
  static ObjectMapper mapper(int maxStringLength, boolean wholeInput) {
    JsonFactory f = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build())
        .build();
    return JsonMapper.builder(f)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, wholeInput)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** Where a record is, for messages and fallback ids. */
  private record Where(String what, String fallbackId, String origin) {}

  // ------------------------------------------------------------------ JSON lines

  static Stream<Ingested> lines(Source src, IngestOptions o) {
    return new Pull() {
      InputStream in;
      LineReader lines;
      long records;
      long lastLine;

      @Override
      protected Ingested pull() throws IOException {
        if (lines == null) {
          in = src.open();
          lines = new LineReader(in, o.maxInputBytes());
        }
        LineReader.Line line;
        while ((line = lines.next()) != null) {
          lastLine = line.number();
          Where w = new Where("line " + line.number(), src.label() + ":" + line.number(), src.origin() + ":" + line.number());
          if (line.tooLong()) {
            records++;
            return fail(w, null, ErrorKinds.TOO_LARGE,
                "is " + Bytes.size(line.length()) + " long, more than the limit of " + Bytes.size(o.maxInputBytes())
                    + " for one record (8 x maxChars)");
          }
          if (line.isBlank()) {
            continue;
          }
          records++;
          byte[] b = line.bytes();
          int start = line.number() == 1 && Bytes.bom(b, b.length) != null
              && Bytes.bom(b, b.length).charset().equals(StandardCharsets.UTF_8) ? 3 : 0;
          String json;
          try {
            json = Bytes.decodeStrict(b, start, b.length, StandardCharsets.UTF_8, line.offset() + start);
          } catch (Bytes.BadBytes e) {
            return fail(w, null, ErrorKinds.ENCODING,
                "is not valid UTF-8: bytes " + e.bytesHex + " at byte offset " + e.offset + " of the file");
          }
          JsonNode node;
          try {
            node = LINE_MAPPER.readTree(json);
          } catch (JacksonException e) {
            return fail(w, null, ErrorKinds.MALFORMED, "is not valid JSON: " + jsonReason(e, true));
          }
          return fromNode(node, w, o, null);
        }
        if (records == 0) {
          records = -1; // report the empty file once
          return Ingested.failed(src.label(), ErrorKinds.EMPTY,
              lastLine == 0 ? "the file is empty" : "the file has no JSON records, only blank lines", src.origin());
        }
        return null;
      }

      @Override
      protected Ingested onError(Exception e) {
        return Readers.streamFailure(src, "after line " + lastLine, e);
      }

      @Override
      protected void release() throws IOException {
        if (in != null) {
          in.close();
        }
      }
    }.stream();
  }

  // ------------------------------------------------------------------ .json documents

  static Stream<Ingested> document(Source src, IngestOptions o) {
    ObjectMapper mapper = mapper((int) Math.min(Integer.MAX_VALUE - 16, o.maxInputBytes()), false);
    return new Pull() {
      InputStream in;
      JsonParser p;
      int state; // 0 = start, 1 = in array, 2 = done
      int index;

      @Override
      protected Ingested pull() throws IOException {
        if (state == 2) {
          return null;
        }
        if (p == null) {
          in = src.open();
          p = mapper.getFactory().createParser(in);
        }
        if (state == 0) {
          JsonToken t = p.nextToken();
          if (t == null) {
            state = 2;
            return Ingested.failed(src.label(), ErrorKinds.EMPTY, "the file is empty", src.origin());
          }
          if (t == JsonToken.START_OBJECT) {
            state = 2;
            JsonNode node = mapper.readTree(p);
            Ingested r = fromNode(node, new Where("the JSON object", src.label(), src.origin()), o, o.givenId());
            JsonToken after = p.nextToken();
            if (after != null) {
              return Ingested.failed(r.docId(), ErrorKinds.MALFORMED,
                  "unexpected content after the JSON object at " + at(p.currentTokenLocation()), src.origin());
            }
            return r;
          }
          if (t != JsonToken.START_ARRAY) {
            state = 2;
            return Ingested.failed(src.label(), ErrorKinds.MALFORMED,
                "expected a JSON object or an array of objects, found " + describe(t), src.origin());
          }
          state = 1;
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          state = 2;
          if (p.nextToken() != null) {
            return Ingested.failed(src.label(), ErrorKinds.MALFORMED,
                "unexpected content after the JSON array at " + at(p.currentTokenLocation()), src.origin());
          }
          if (index == 0) {
            return Ingested.failed(src.label(), ErrorKinds.EMPTY, "the JSON array is empty", src.origin());
          }
          return null;
        }
        if (t == null) {
          state = 2;
          return Ingested.failed(src.label(), ErrorKinds.MALFORMED, "the JSON array is not closed (file truncated?)", src.origin());
        }
        index++;
        long lineNr = p.currentTokenLocation().getLineNr();
        Where w = new Where("record " + index + " (line " + lineNr + ")", src.label() + ":" + lineNr, src.origin() + ":" + lineNr);
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          return fail(w, null, ErrorKinds.MALFORMED, "is not a JSON object but " + describe(t));
        }
        return fromNode(mapper.readTree(p), w, o, null);
      }

      @Override
      protected Ingested onError(Exception e) {
        if (e instanceof StreamConstraintsException sce) {
          return Ingested.failed(src.label(), ErrorKinds.TOO_LARGE,
              "a value is too large (" + sce.getOriginalMessage() + "); records after it are not read", src.origin());
        }
        if (e instanceof JacksonException je) {
          String after = index > 0 ? "; reading stopped in record " + index + ", the records before it were read" : "";
          return Ingested.failed(src.label(), ErrorKinds.MALFORMED, "invalid JSON: " + jsonReason(je, false) + after, src.origin());
        }
        return Readers.streamFailure(src, index > 0 ? "after record " + index : "", e);
      }

      @Override
      protected void release() throws IOException {
        if (p != null) {
          p.close();
        }
        if (in != null) {
          in.close();
        }
      }
    }.stream();
  }

  // ------------------------------------------------------------------ records

  private static Ingested fail(Where w, String id, String kind, String reason) {
    return Ingested.failed(id != null ? id : w.fallbackId(), kind, w.what() + " " + reason, w.origin());
  }

  private static Ingested fromNode(JsonNode node, Where w, IngestOptions o, String givenId) {
    if (node == null || !node.isObject()) {
      return fail(w, null, ErrorKinds.MALFORMED,
          "is not a JSON object but " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    String id = null;
    JsonNode idNode = node.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (idNode.isTextual()) {
        id = idNode.textValue().isBlank() ? null : idNode.textValue();
      } else if (idNode.isIntegralNumber()) {
        id = idNode.asText();
      } else {
        return fail(w, givenId, ErrorKinds.MALFORMED, "has a field \"id\" that is not a string");
      }
    }
    String errId = givenId != null ? givenId : id;
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return fail(w, errId, ErrorKinds.MALFORMED, "has no field \"text\"");
    }
    if (!textNode.isTextual()) {
      return fail(w, errId, ErrorKinds.MALFORMED,
          "has a field \"text\" that is not a string but " + textNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
    String text = textNode.textValue();
    if (text.isBlank()) {
      return fail(w, errId, ErrorKinds.EMPTY, "has an empty \"text\"");
    }
    if (text.length() > o.maxChars()) {
      return fail(w, errId, ErrorKinds.TOO_LARGE,
          "has a text of " + text.length() + " characters, more than the limit of " + o.maxChars() + " (maxChars)");
    }
    LocalDate date;
    JsonNode dateNode = node.get("date");
    if (dateNode == null || dateNode.isNull()) {
      date = o.defaultDate();
      if (date == null && o.requireDate()) {
        return fail(w, errId, ErrorKinds.DATE,
            "has no field \"date\": add \"date\":\"YYYY-MM-DD\" or pass --date YYYY-MM-DD");
      }
    } else if (!dateNode.isTextual()) {
      return fail(w, errId, ErrorKinds.DATE, "has a field \"date\" that is not an ISO date string (YYYY-MM-DD)");
    } else {
      try {
        date = Dates.parseIso(dateNode.textValue());
      } catch (Dates.BadDate e) {
        return fail(w, errId, ErrorKinds.DATE, "has a bad \"date\": " + e.getMessage());
      }
    }
    String[] meta = new String[3];
    String[] fields = {"title", "url", "source"};
    for (int i = 0; i < fields.length; i++) {
      JsonNode v = node.get(fields[i]);
      if (v != null && !v.isNull()) {
        if (!v.isTextual()) {
          return fail(w, errId, ErrorKinds.MALFORMED, "has a field \"" + fields[i] + "\" that is not a string");
        }
        meta[i] = v.textValue();
      }
    }
    String finalId = givenId != null ? givenId : id != null ? id : Article.contentId(text);
    return new Ingested.Ok(new Article(finalId, text, date, meta[0], meta[1], meta[2]), w.origin());
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  static String jsonReason(JacksonException e, boolean columnOnly) {
    JsonLocation loc = e.getLocation();
    String msg = e.getOriginalMessage();
    int cut = msg.indexOf('\n');
    if (cut > 0) {
      msg = msg.substring(0, cut);
    }
    if (loc == null || loc.getLineNr() < 0) {
      return msg;
    }
    return msg + (columnOnly ? " (column " + loc.getColumnNr() + ")" : " (" + at(loc) + ")");
  }

  private static String at(JsonLocation loc) {
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
