package org.dyad.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntSupplier;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.store.EventQuery;

/**
 * The mix of event queries the benches ask, over the values of a {@link SyntheticStore}: pages of
 * all events, by actor, country and quad class, date range, CAMEO root, dyad, actor and sector,
 * PLOVER type, actor name and sentence words. {@link LoadBench} sends a query as a request of
 * {@code GET /api/events}, {@link QueryBench} asks the store for it as an {@link EventQuery}; the
 * same random numbers give the same query both ways. Stateless.
 */
final class QueryMix {
  private QueryMix() {}

  /** The kinds of query, by the number {@link #ofKind} takes. */
  static final String[] KINDS = {"all by page", "actor by page", "country+quad by goldstein", "30-day range",
      "cameo root by page", "dyad newest first", "actor+sector from year", "plover+country", "actor name", "sentence words"};

  /**
   * One query of the mix: its parameters of {@code GET /api/events}, in the order they are sent.
   * Immutable.
   */
  record Query(List<Map.Entry<String, String>> params) {
    Query {
      params = List.copyOf(Objects.requireNonNull(params, "params"));
    }

    /** The query with one parameter, {@code value} as its string. */
    static Query of(String name, Object value) {
      return new Query(List.of(Map.entry(name, String.valueOf(value))));
    }

    /** This query with one more parameter, last, {@code value} as its string. */
    Query and(String name, Object value) {
      List<Map.Entry<String, String>> more = new ArrayList<>(params);
      more.add(Map.entry(name, String.valueOf(value)));
      return new Query(more);
    }

    /** The path and query string of the request, spaces written as {@code %20}. */
    String path() {
      StringBuilder sb = new StringBuilder("/api/events");
      char sep = '?';
      for (Map.Entry<String, String> p : params) {
        sb.append(sep).append(p.getKey()).append('=').append(p.getValue().replace(" ", "%20"));
        sep = '&';
      }
      return sb.toString();
    }

    /** The same query as the store takes it. */
    EventQuery eventQuery() {
      EventQuery.Builder b = EventQuery.builder();
      String sort = null;
      boolean descending = false;
      for (Map.Entry<String, String> p : params) {
        String v = p.getValue();
        switch (p.getKey()) {
          case "limit" -> b.limit(Integer.parseInt(v));
          case "offset" -> b.offset(Integer.parseInt(v));
          case "actor" -> b.actorCode(v);
          case "source" -> b.sourceCode(v);
          case "target" -> b.targetCode(v);
          case "country" -> b.country(v);
          case "quad" -> b.quadClass(QuadClass.ofNumber(Integer.parseInt(v)));
          case "from" -> b.from(LocalDate.parse(v));
          case "to" -> b.to(LocalDate.parse(v));
          case "root" -> b.cameoRoot(v);
          case "plover" -> b.ploverType(PloverType.valueOf(v));
          case "name" -> b.actorName(v);
          case "q" -> b.text(v);
          case "sort" -> sort = v;
          case "order" -> descending = v.equals("desc");
          default -> throw new IllegalStateException("no such parameter in the mix: " + p.getKey());
        }
      }
      if (sort != null) {
        b.sort(sort, descending);
      }
      return b.build();
    }
  }

  /** A query of a kind drawn from {@code r} too (after the values every kind draws). */
  static Query any(Random r) {
    return draw(r, () -> r.nextInt(KINDS.length));
  }

  /** A query of kind {@code kind}, an index of {@link #KINDS}. */
  static Query ofKind(Random r, int kind) {
    return draw(r, () -> kind);
  }

  private static Query draw(Random r, IntSupplier kind) {
    String c = SyntheticStore.COUNTRIES[r.nextInt(SyntheticStore.COUNTRIES.length)];
    String d = SyntheticStore.COUNTRIES[r.nextInt(SyntheticStore.COUNTRIES.length)];
    int page = r.nextInt(20) * 50;
    return switch (kind.getAsInt()) {
      case 0 -> Query.of("limit", 50).and("offset", page);
      case 1 -> Query.of("actor", c).and("limit", 50).and("offset", page);
      case 2 -> Query.of("country", c).and("quad", 1 + r.nextInt(4)).and("sort", "goldstein").and("order", "desc")
          .and("limit", 50);
      case 3 -> {
        LocalDate from = SyntheticStore.FIRST.plusDays(r.nextInt(SyntheticStore.DAYS - 31));
        yield Query.of("from", from).and("to", from.plusDays(30)).and("limit", 50).and("offset", page % 200);
      }
      case 4 -> Query.of("root", String.format(Locale.ROOT, "%02d", 1 + r.nextInt(20))).and("limit", 50).and("offset", page);
      case 5 -> Query.of("source", c).and("target", d).and("limit", 50).and("sort", "date").and("order", "desc");
      case 6 -> Query.of("actor", c + SyntheticStore.SECTORS[1 + r.nextInt(SyntheticStore.SECTORS.length - 1)])
          .and("from", (2015 + r.nextInt(10)) + "-01-01").and("limit", 50);
      case 7 -> Query.of("plover", SyntheticStore.CODES[r.nextInt(SyntheticStore.CODES.length)][3]).and("country", c)
          .and("limit", 50);
      case 8 -> Query.of("name", SyntheticStore.NAMES[r.nextInt(SyntheticStore.NAMES.length)]).and("limit", 50)
          .and("offset", page % 100);
      default -> Query.of("q", SyntheticStore.CODES[r.nextInt(SyntheticStore.CODES.length)][1]).and("limit", 50);
    };
  }
}
