package org.dyad.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads request bodies with a hard size limit (413 past it), whatever the client claims. */
final class Body {
  private Body() {}

  static String read(Context ctx, long max) {
    String len = ctx.header("Content-Length");
    if (len != null) {
      try {
        if (Long.parseLong(len.trim()) > max) {
          throw tooLarge(max);
        }
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length must be a number, got '" + len + "'");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    try (InputStream in = ctx.req().getInputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > max) {
          throw tooLarge(max);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the request body: " + e.getMessage());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static ApiException tooLarge(long max) {
    return new ApiException(413, "request body is larger than the limit of " + max + " bytes");
  }

  /** An {@code application/x-www-form-urlencoded} body as name → values. */
  static Map<String, List<String>> form(String body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("malformed form field: " + e.getMessage());
      }
    }
    return out;
  }
}
