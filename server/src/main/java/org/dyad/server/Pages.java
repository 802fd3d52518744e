package org.dyad.server;

import static org.dyad.server.Html.esc;
import static org.dyad.server.Html.url;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.dyad.store.ActorSummary;
import org.dyad.store.EventQuery;

/**
 * The HTML pages: server-rendered, with small scripts of our own (no inline script, so the
 * Content-Security-Policy can forbid it) and libraries from WebJars. Every value is escaped with
 * {@link Html#esc}. Thread-safe: stateless apart from the shared {@link ServerState}.
 */
final class Pages {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final int PAGE_SIZE = 50;

  private final ServerState state;

  Pages(ServerState state) {
    this.state = state;
  }

  // ------------------------------------------------------------------ layout

  static void html(Context ctx, int status, String title, String nav, String body, String... scripts) {
    StringBuilder sb = new StringBuilder(body.length() + 2048);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(title)).append(" · Dyad</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>");
    sb.append("<header><a class=\"brand\" href=\"/\">Dyad</a><nav>");
    String[][] items = {{"events", "/events", "Events"}, {"network", "/network", "Network"},
        {"timeline", "/timeline", "Timeline"}, {"actors", "/actors", "Actors"}, {"code", "/code", "Code an article"},
        {"api", "/api/docs", "API"}};
    for (String[] it : items) {
      sb.append("<a href=\"").append(it[1]).append('"').append(it[0].equals(nav) ? " class=\"active\"" : "").append('>')
          .append(it[2]).append("</a>");
    }
    sb.append("</nav></header><main>").append(body).append("</main>");
    for (String s : scripts) {
      sb.append("<script src=\"").append(esc(s)).append("\"></script>");
    }
    sb.append("</body></html>");
    ctx.status(status).header("Content-Security-Policy", CSP).contentType("text/html; charset=utf-8").result(sb.toString());
  }

  static void errorPage(Context ctx, int status, String message) {
    html(ctx, status, "Error " + status, "", "<h1>Error " + status + "</h1><p class=\"error\" id=\"error\">" + esc(message)
        + "</p><p><a href=\"/\">Back to the start page</a></p>");
  }

  // ------------------------------------------------------------------ home

  void home(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    long articles = state.store().countArticles();
    long events = state.store().countEvents();
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>Dyad</h1><p class=\"lead\">Political events coded from news: who did what to whom, when, with the ")
        .append("sentence that proves it.</p>");
    sb.append("<p id=\"counts\">The store holds <b>").append(articles).append("</b> articles and <b>").append(events)
        .append("</b> events.</p><ul class=\"cards\">")
        .append("<li><a href=\"/events\">Events</a> — filter and page through coded events; each links to its evidence.</li>")
        .append("<li><a href=\"/network\">Network</a> — who acts on whom: actors as nodes, event counts as edges coloured by mean Goldstein score.</li>")
        .append("<li><a href=\"/timeline\">Timeline</a> — cooperation against conflict over time for an actor pair.</li>")
        .append("<li><a href=\"/actors\">Actors</a> — the actors found, how often and when.</li>")
        .append("<li><a href=\"/code\">Code an article</a> — paste a text and see its actors, events, dates and quotes.</li>")
        .append("<li><a href=\"/api/docs\">API</a> — the REST API and its OpenAPI description.</li></ul>");
    html(ctx, 200, "Start", "", sb.toString());
  }

  // ------------------------------------------------------------------ events

  void events(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, Params.EVENT_PAGING));
    EventQuery q = p.eventQuery(true, PAGE_SIZE);
    ServerState.EventPage page = state.eventPage(q);
    Map<String, String> filters = filterValues(p, Params.EVENT_FILTERS);
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>Events</h1>");
    sb.append(filterForm("/events", p, true));
    String fq = query(filters);
    sb.append("<p class=\"summary\"><span id=\"total\">").append(page.total()).append("</span> events match");
    if (page.total() > 0) {
      sb.append(" · showing ").append(q.offset() + 1).append("–").append(q.offset() + page.events().size());
    }
    sb.append(" · download <a id=\"csv\" href=\"/api/events.csv").append(esc(prefixed(fq))).append("\">CSV</a> ")
        .append("<a id=\"parquet\" href=\"/api/events.parquet").append(esc(prefixed(fq))).append("\">Parquet</a>")
        .append(" · <a href=\"/timeline").append(esc(prefixed(fq))).append("\">timeline</a>")
        .append(" · <a href=\"/network").append(esc(prefixed(fq))).append("\">network</a></p>");
    if (page.events().isEmpty()) {
      sb.append("<p class=\"empty\" id=\"no-events\">No events match these filters.</p>");
    } else {
      sb.append("<table id=\"events\" class=\"grid\"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th>")
          .append("<th>Goldstein</th><th>trigger</th><th>evidence</th></tr></thead><tbody>");
      for (Event e : page.events()) {
        String link = "/articles/" + url(e.docId()) + "#event-" + e.eventId();
        sb.append("<tr class=\"event\" data-event=\"").append(esc(e.eventId())).append("\">")
            .append("<td>").append(e.date() == null ? "(undated)" : esc(e.date())).append("</td>")
            .append("<td><code>").append(esc(e.source().code())).append("</code> ").append(esc(e.source().text())).append("</td>")
            .append("<td><code>").append(esc(e.cameo())).append("</code> ").append(esc(e.ploverType())).append("</td>")
            .append("<td>");
        if (e.target() != null) {
          sb.append("<code>").append(esc(e.target().code())).append("</code> ").append(esc(e.target().text()));
        } else {
          sb.append("—");
        }
        sb.append("</td><td class=\"num\">").append(esc(String.format(Locale.ROOT, "%.1f", e.goldstein()))).append("</td>")
            .append("<td>").append(esc(e.provenance().triggerText())).append("</td>")
            .append("<td><a class=\"evidence\" href=\"").append(esc(link)).append("\">").append(esc(e.docId()))
            .append("</a></td></tr>");
      }
      sb.append("</tbody></table>");
      sb.append("<p class=\"pager\">");
      Map<String, String> paging = new LinkedHashMap<>(filterValues(p, Params.concat(Params.EVENT_FILTERS, List.of("sort", "order"))));
      if (q.offset() > 0) {
        paging.put("offset", Integer.toString(Math.max(0, q.offset() - q.limit())));
        paging.put("limit", Integer.toString(q.limit()));
        sb.append("<a id=\"prev\" href=\"/events").append(esc(prefixed(query(paging)))).append("\">← previous</a> ");
      }
      if (q.offset() + page.events().size() < page.total()) {
        paging.put("offset", Integer.toString(q.offset() + q.limit()));
        paging.put("limit", Integer.toString(q.limit()));
        sb.append("<a id=\"next\" href=\"/events").append(esc(prefixed(query(paging)))).append("\">next →</a>");
      }
      sb.append("</p>");
    }
    html(ctx, 200, "Events", "events", sb.toString());
  }

  /** The filter form; every field keeps its value. */
  private static String filterForm(String action, Params p, boolean sorting) {
    StringBuilder sb = new StringBuilder();
    sb.append("<form id=\"filters\" class=\"filters\" method=\"get\" action=\"").append(action).append("\">");
    field(sb, p, "from", "from", "date", "");
    field(sb, p, "to", "to", "date", "");
    field(sb, p, "actor", "actor code", "text", "e.g. PAK or PAKGOV");
    field(sb, p, "name", "actor name", "text", "e.g. Qureshi");
    field(sb, p, "country", "country", "text", "e.g. USA");
    field(sb, p, "sector", "sector", "text", "e.g. GOV");
    field(sb, p, "source", "source code", "text", "prefix");
    field(sb, p, "target", "target code", "text", "prefix");
    field(sb, p, "root", "CAMEO root", "text", "e.g. 04");
    field(sb, p, "cameo", "CAMEO code", "text", "e.g. 041");
    List<String> plovers = new ArrayList<>();
    for (PloverType t : PloverType.values()) {
      plovers.add(t.name());
    }
    select(sb, p, "plover", "PLOVER type", plovers, plovers);
    List<String> quads = new ArrayList<>();
    List<String> quadLabels = new ArrayList<>();
    for (QuadClass c : QuadClass.values()) {
      quads.add(Integer.toString(c.number()));
      quadLabels.add(c.number() + " " + c.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    select(sb, p, "quad", "QuadClass", quads, quadLabels);
    field(sb, p, "q", "sentence contains", "search", "words in the sentence");
    if (sorting) {
      List<String> sorts = new ArrayList<>(new java.util.TreeSet<>(EventQuery.SORT_FIELDS));
      select(sb, p, "sort", "sort by", sorts, sorts);
      select(sb, p, "order", "order", List.of("asc", "desc"), List.of("ascending", "descending"), false);
    }
    sb.append("<div class=\"buttons\"><button type=\"submit\" id=\"apply\">Apply</button> <a href=\"").append(action)
        .append("\">clear</a></div></form>");
    return sb.toString();
  }

  private static void field(StringBuilder sb, Params p, String name, String label, String type, String placeholder) {
    sb.append("<label>").append(esc(label)).append(" <input type=\"").append(type).append("\" name=\"").append(name)
        .append("\" id=\"f-").append(name).append("\" value=\"").append(esc(p.str(name))).append("\" placeholder=\"")
        .append(esc(placeholder)).append("\"></label>");
  }

  private static void select(StringBuilder sb, Params p, String name, String label, List<String> values, List<String> labels) {
    select(sb, p, name, label, values, labels, true);
  }

  /** A select keeping the current value; with {@code any} a first empty option, else the first value is the default. */
  private static void select(StringBuilder sb, Params p, String name, String label, List<String> values, List<String> labels,
      boolean any) {
    String cur = p.str(name);
    sb.append("<label>").append(esc(label)).append(" <select name=\"").append(name).append("\" id=\"f-").append(name)
        .append("\">").append(any ? "<option value=\"\">any</option>" : "");
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      sb.append("<option value=\"").append(esc(v)).append('"').append(v.equalsIgnoreCase(cur == null ? "" : cur)
          ? " selected" : "").append('>').append(esc(labels.get(i))).append("</option>");
    }
    sb.append("</select></label>");
  }

  /** The {@code filters} the form does not show as fields, as hidden inputs, so that applying the form keeps them. */
  private static void hidden(StringBuilder sb, Map<String, String> filters, List<String> shown) {
    for (Map.Entry<String, String> e : filters.entrySet()) {
      if (!shown.contains(e.getKey())) {
        sb.append("<input type=\"hidden\" name=\"").append(esc(e.getKey())).append("\" value=\"").append(esc(e.getValue()))
            .append("\">");
      }
    }
  }

  private static Map<String, String> filterValues(Params p, List<String> names) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String n : names) {
      String v = p.str(n);
      if (v != null) {
        m.put(n, v);
      }
    }
    return m;
  }

  static String query(Map<String, String> m) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(url(e.getKey())).append('=').append(url(e.getValue()));
    }
    return sb.toString();
  }

  private static String prefixed(String q) {
    return q.isEmpty() ? "" : "?" + q;
  }

  // ------------------------------------------------------------------ article

  void article(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    String id = ctx.pathParam("docId");
    CodedArticle a = state.article(id);
    html(ctx, 200, a.article().title() == null ? a.docId() : a.article().title(), "events", ArticleView.render(a),
        "/static/article.js");
  }

  // ------------------------------------------------------------------ network and timeline

  void network(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, List.of("level", "min")));
    p.eventQuery(false, 0);
    String level = p.choice("level", "country", List.of("country", "code"));
    int min = p.integer("min", 1, 1, 1_000_000);
    Map<String, String> filters = filterValues(p, Params.EVENT_FILTERS);
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>Dyad network</h1>");
    sb.append("<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/network\">");
    field(sb, p, "from", "from", "date", "");
    field(sb, p, "to", "to", "date", "");
    field(sb, p, "actor", "actor code", "text", "e.g. PAK");
    field(sb, p, "country", "country", "text", "e.g. USA");
    field(sb, p, "root", "CAMEO root", "text", "e.g. 04");
    select(sb, p, "level", "nodes are", List.of("country", "code"), List.of("countries (first three letters)", "full actor codes"), false);
    field(sb, p, "min", "at least N events", "number", "1");
    hidden(sb, filters, List.of("from", "to", "actor", "country", "root"));
    sb.append("<div class=\"buttons\"><button type=\"submit\">Apply</button> <a href=\"/network\">clear</a></div></form>");
    sb.append("<p class=\"summary\">Nodes are actors; an edge is the events its source directed at its target, ")
        .append("thicker with more events and coloured by mean Goldstein score (<span class=\"neg\">conflict</span> → ")
        .append("<span class=\"neu\">neutral</span> → <span class=\"pos\">cooperation</span>). Click an edge to see its events.</p>");
    sb.append("<p id=\"network-status\" class=\"status\">loading…</p>");
    sb.append("<div id=\"cy\" class=\"cy\" data-query=\"").append(esc(query(filters))).append("\" data-level=\"")
        .append(esc(level)).append("\" data-min=\"").append(min).append("\"></div>");
    html(ctx, 200, "Network", "network", sb.toString(), Assets.CYTOSCAPE, "/static/network.js");
  }

  void timeline(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), Params.concat(Params.EVENT_FILTERS, List.of("period", "both")));
    p.eventQuery(false, 0);
    String period = p.choice("period", "month", List.of("day", "week", "month", "year"));
    boolean both = p.bool("both", true);
    Map<String, String> filters = filterValues(p, Params.EVENT_FILTERS);
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>Timeline</h1>");
    sb.append("<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/timeline\">");
    field(sb, p, "source", "actor A (code)", "text", "e.g. PAK");
    field(sb, p, "target", "actor B (code)", "text", "e.g. USA");
    select(sb, p, "period", "per", List.of("month", "week", "day", "year"), List.of("month", "week", "day", "year"), false);
    select(sb, p, "both", "direction", List.of("true", "false"), List.of("both directions", "A → B only"), false);
    field(sb, p, "from", "from", "date", "");
    field(sb, p, "to", "to", "date", "");
    hidden(sb, filters, List.of("source", "target", "from", "to"));
    sb.append("<div class=\"buttons\"><button type=\"submit\">Show</button> <a href=\"/timeline\">clear</a></div></form>");
    String a = p.str("source");
    String b = p.str("target");
    boolean pair = a != null && b != null;
    Map<String, String> apiQ = new LinkedHashMap<>(filters);
    apiQ.put("period", period);
    if (pair && both) {
      apiQ.put("both", "true");
    }
    sb.append("<p class=\"summary\">").append(pair
        ? "Events between <code>" + esc(a.toUpperCase(Locale.ROOT)) + "</code> and <code>" + esc(b.toUpperCase(Locale.ROOT))
            + "</code>" + (both ? " (both directions)" : " (from the first to the second)")
        : "All events matching the filters (give two actor codes to follow a pair)")
        .append(" per ").append(esc(period)).append(": <span class=\"pos\">cooperation</span> (QuadClass 1–2) against ")
        .append("<span class=\"neg\">conflict</span> (QuadClass 3–4).</p>");
    sb.append("<p id=\"timeline-status\" class=\"status\">loading…</p>");
    sb.append("<div id=\"chart\" class=\"chart\" data-query=\"").append(esc(query(apiQ))).append("\"></div>");
    sb.append("<table id=\"timeline-table\" class=\"grid small\"><thead><tr><th>period</th><th>cooperation</th>")
        .append("<th>conflict</th><th>total</th></tr></thead><tbody></tbody></table>");
    html(ctx, 200, "Timeline", "timeline", sb.toString(), Assets.D3, "/static/timeline.js");
  }

  // ------------------------------------------------------------------ actors

  void actors(Context ctx) {
    Params p = new Params(ctx.queryParamMap(), List.of("q", "offset"));
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE - 100);
    List<ActorSummary> list = state.store().actors(p.str("q"), 100, offset);
    StringBuilder sb = new StringBuilder("<h1>Actors</h1>");
    sb.append("<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/actors\">");
    field(sb, p, "q", "name or code", "search", "e.g. Blinken or USA");
    sb.append("<div class=\"buttons\"><button type=\"submit\">Search</button></div></form>");
    if (list.isEmpty()) {
      sb.append("<p class=\"empty\">No actors found.</p>");
    } else {
      sb.append("<table id=\"actors\" class=\"grid\"><thead><tr><th>name</th><th>code</th><th>usual role</th><th>first seen</th>")
          .append("<th>last seen</th><th>articles</th><th>events</th></tr></thead><tbody>");
      for (ActorSummary a : list) {
        sb.append("<tr><td>").append(esc(a.name())).append("</td><td><a href=\"/events?actor=").append(esc(url(a.code())))
            .append("\"><code>").append(esc(a.code())).append("</code></a></td><td>").append(esc(a.role())).append("</td><td>")
            .append(esc(a.firstSeen())).append("</td><td>").append(esc(a.lastSeen())).append("</td><td class=\"num\">")
            .append(a.articleCount()).append("</td><td class=\"num\"><a href=\"/events?name=").append(esc(url(a.name())))
            .append("\">").append(a.eventCount()).append("</a></td></tr>");
      }
      sb.append("</tbody></table>");
      if (list.size() == 100) {
        Map<String, String> m = filterValues(p, List.of("q"));
        m.put("offset", Integer.toString(offset + 100));
        sb.append("<p class=\"pager\"><a href=\"/actors?").append(esc(query(m))).append("\">next →</a></p>");
      }
    }
    html(ctx, 200, "Actors", "actors", sb.toString());
  }

  // ------------------------------------------------------------------ paste box

  void codeForm(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    html(ctx, 200, "Code an article", "code", codeFormHtml(Map.of()));
  }

  private String codeFormHtml(Map<String, List<String>> values) {
    Params p = new Params(values, List.of("text", "date", "id", "title", "store", "token"));
    StringBuilder sb = new StringBuilder("<h1>Code an article</h1>");
    if (state.coder() == null) {
      sb.append("<p class=\"error\">Coding is off: this server was started without the coding pipeline.</p>");
    }
    sb.append("<form id=\"code-form\" class=\"code-form\" method=\"post\" action=\"/code\">")
        .append("<label class=\"wide\">Article text<textarea name=\"text\" id=\"f-text\" rows=\"14\" required>")
        .append(esc(p.str("text"))).append("</textarea></label>");
    field(sb, p, "date", "publication date", "date", "YYYY-MM-DD");
    field(sb, p, "title", "title (optional)", "text", "");
    field(sb, p, "id", "document id (optional)", "text", "");
    if (state.config().writesEnabled()) {
      sb.append("<label><input type=\"checkbox\" name=\"store\" value=\"true\" id=\"f-store\"> store it</label>");
      sb.append("<label>token <input type=\"password\" name=\"token\" id=\"f-token\" autocomplete=\"off\"></label>");
    }
    sb.append("<div class=\"buttons\"><button type=\"submit\" id=\"code-submit\">Code it</button></div></form>");
    sb.append("<p class=\"hint\">The text is coded as it is (up to ").append(state.config().maxArticleChars())
        .append(" characters); events are dated from the publication date.</p>");
    return sb.toString();
  }

  void codeSubmit(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      throw new ApiException(415, "the paste box posts a form (application/x-www-form-urlencoded)");
    }
    Map<String, List<String>> form = Body.form(Body.read(ctx, state.config().maxBodyBytes()));
    Params p = new Params(form, List.of("text", "date", "id", "title", "store", "token"));
    boolean store = p.bool("store", false);
    CodedArticle coded;
    try {
      if (store) {
        state.requireToken(ctx, p.str("token"));
      }
      coded = state.coding().code(new Coding.Request(p.str("text") == null ? null : form.get("text").get(0),
          p.str("date"), p.str("id"), p.str("title"), null, null));
    } catch (ApiException e) {
      Map<String, List<String>> keep = new LinkedHashMap<>(form);
      keep.remove("token");
      html(ctx, e.status(), "Code an article", "code", "<p class=\"error\" id=\"error\">" + esc(e.getMessage()) + "</p>"
          + codeFormHtml(keep));
      return;
    }
    if (store) {
      state.put(List.of(coded));
    }
    String banner = "<p class=\"banner\" id=\"coded\">Coded " + coded.events().size() + " events, " + coded.actors().size()
        + " actors and " + coded.quotes().size() + " quotes. " + (store ? "Stored: <a href=\"/articles/" + esc(url(coded.docId()))
        + "\">permanent view</a>." : "Not stored.") + " <a href=\"/code\">Code another</a></p>";
    html(ctx, 200, "Coded article", "code", banner + ArticleView.render(coded), "/static/article.js");
  }

  // ------------------------------------------------------------------ API docs

  void apiDocs(Context ctx) {
    new Params(ctx.queryParamMap(), List.of());
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dyad API</title>")
        .append("<link rel=\"stylesheet\" href=\"").append(Assets.SWAGGER_CSS).append("\">")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">Dyad</a><nav><a href=\"/events\">Events</a>")
        .append("<a href=\"/api/openapi.json\">openapi.json</a></nav></header>")
        .append("<div id=\"swagger-ui\" data-spec=\"/api/openapi.json\"></div>")
        .append("<script src=\"").append(Assets.SWAGGER_JS).append("\"></script>")
        .append("<script src=\"/static/swagger-init.js\"></script></body></html>");
    ctx.status(200).header("Content-Security-Policy", CSP).contentType("text/html; charset=utf-8").result(sb.toString());
  }
}
