package org.dyad.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CameoCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Participant;
import org.dyad.model.PloverType;
import org.dyad.model.Provenance;
import org.dyad.model.Span;
import org.dyad.store.DyadStore;

/**
 * Fills a store with synthetic coded articles for load tests: each article has
 * {@value #EVENTS_PER_ARTICLE} one-sentence events between actors drawn from
 * {@link #COUNTRIES} (with or without a sector), CAMEO codes from {@link #CODES}, and dates over
 * ten years. Articles are stored in date order, as a news feed arrives (this matters for DuckDB,
 * whose min/max zone maps then let date-sorted and date-bounded queries skip most of the table);
 * the same seed gives the same store. Stored through {@link DyadStore#putAll}, so
 * the rows are exactly what real articles produce. Not for real data: the text is a template.
 */
public final class SyntheticStore {
  private SyntheticStore() {}

  static final int EVENTS_PER_ARTICLE = 10;
  static final String[] COUNTRIES = {"USA", "PAK", "IND", "AFG", "CHN", "RUS", "UKR", "IRN", "IRQ", "SYR", "ISR", "PSE",
      "EGY", "TUR", "SAU", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "BRA", "MEX", "VEN", "COL", "PER", "NGA", "ETH",
      "SDN", "KEN", "ZAF", "AZE", "ARM", "GEO", "POL", "ITA", "ESP", "IDN", "PHL", "VNM"};
  static final String[] NAMES = {"United States", "Pakistan", "India", "Afghanistan", "China", "Russia", "Ukraine", "Iran",
      "Iraq", "Syria", "Israel", "Palestine", "Egypt", "Turkey", "Saudi Arabia", "Britain", "France", "Germany", "Japan",
      "South Korea", "North Korea", "Brazil", "Mexico", "Venezuela", "Colombia", "Peru", "Nigeria", "Ethiopia", "Sudan",
      "Kenya", "South Africa", "Azerbaijan", "Armenia", "Georgia", "Poland", "Italy", "Spain", "Indonesia", "Philippines",
      "Vietnam"};
  static final String[] SECTORS = {"", "GOV", "MIL", "OPP", "COP", "JUD", "BUS", "MED"};
  /** CAMEO code, trigger verb, Goldstein score, PLOVER type. */
  static final String[][] CODES = {
      {"010", "said", "0.0", "CONSULT"}, {"020", "appealed", "3.0", "REQUEST"}, {"030", "offered", "4.0", "AGREE"},
      {"036", "agreed to meet", "4.0", "CONSULT"}, {"040", "consulted", "1.0", "CONSULT"}, {"041", "called", "1.0", "CONSULT"},
      {"042", "visited", "1.9", "CONSULT"}, {"043", "hosted", "2.8", "CONSULT"}, {"046", "negotiated with", "7.0", "CONSULT"},
      {"051", "praised", "3.4", "SUPPORT"}, {"057", "signed a deal with", "8.0", "AGREE"}, {"061", "traded with", "6.4", "COOPERATE"},
      {"070", "aided", "7.0", "AID"}, {"071", "funded", "7.4", "AID"}, {"080", "yielded to", "5.0", "CONCEDE"},
      {"090", "investigated", "-2.0", "ACCUSE"}, {"100", "demanded", "-5.0", "REQUEST"}, {"111", "criticised", "-2.0", "ACCUSE"},
      {"112", "accused", "-2.0", "ACCUSE"}, {"120", "rejected", "-4.0", "REJECT"}, {"130", "threatened", "-4.4", "THREATEN"},
      {"140", "protested against", "-6.5", "PROTEST"}, {"160", "cut ties with", "-4.0", "SANCTION"},
      {"163", "imposed an embargo on", "-8.0", "SANCTION"}, {"173", "arrested", "-5.0", "COERCE"},
      {"180", "attacked", "-9.0", "ASSAULT"}, {"190", "fought", "-10.0", "ASSAULT"}, {"193", "shelled", "-10.0", "ASSAULT"},
      {"195", "bombed", "-10.0", "ASSAULT"}, {"200", "massacred", "-10.0", "ASSAULT"}};
  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  static final int DAYS = 3652;

  /**
   * Appends {@code articles} synthetic articles (ids {@code syn-<seed>-<n>}) to {@code store} in
   * batches, calling {@code progress} with the number stored so far after each batch.
   */
  public static void fill(DyadStore store, int articles, long seed, java.util.function.IntConsumer progress) {
    Random r = new Random(seed);
    int batch = 2000;
    List<CodedArticle> buf = new ArrayList<>(batch);
    for (int i = 0; i < articles; i++) {
      LocalDate date = FIRST.plusDays((long) i * DAYS / articles);
      buf.add(article(r, "syn-" + seed + "-" + i, date));
      if (buf.size() == batch || i == articles - 1) {
        store.putAll(buf);
        buf.clear();
        progress.accept(i + 1);
      }
    }
  }

  static CodedArticle article(Random r, String docId, LocalDate date) {
    StringBuilder text = new StringBuilder();
    List<Span> sentences = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int j = 0; j < EVENTS_PER_ARTICLE; j++) {
      int a = r.nextInt(COUNTRIES.length);
      int b = r.nextInt(COUNTRIES.length - 1);
      if (b >= a) {
        b++;
      }
      String sa = SECTORS[r.nextInt(SECTORS.length)];
      String sb = SECTORS[r.nextInt(SECTORS.length)];
      String[] code = CODES[r.nextInt(CODES.length)];
      LocalDate evDate = date.minusDays(r.nextInt(3));
      String srcText = NAMES[a] + (sa.isEmpty() ? "" : " " + sa.toLowerCase());
      String tgtText = NAMES[b] + (sb.isEmpty() ? "" : " " + sb.toLowerCase());
      int s0 = text.length();
      text.append(srcText).append(' ');
      int t0 = text.length();
      text.append(code[1]).append(' ');
      int g0 = text.length();
      text.append(tgtText).append(" on ").append(evDate).append('.');
      int end = text.length();
      text.append(' ');
      sentences.add(new Span(s0, end));
      ActorCode ca = ActorCode.of(COUNTRIES[a] + sa);
      ActorCode cb = ActorCode.of(COUNTRIES[b] + sb);
      String ida = "A" + (2 * j + 1);
      String idb = "A" + (2 * j + 2);
      actors.add(new Actor(ida, srcText, ca, null, "COUNTRY", "synthetic",
          List.of(new Mention(srcText, s0, s0 + srcText.length(), j, 0, "NAME"))));
      actors.add(new Actor(idb, tgtText, cb, null, "COUNTRY", "synthetic",
          List.of(new Mention(tgtText, g0, g0 + tgtText.length(), j, 0, "NAME"))));
      Participant src = new Participant(srcText, s0, s0 + srcText.length(), ca, srcText, ida);
      Participant tgt = new Participant(tgtText, g0, g0 + tgtText.length(), cb, tgtText, idb);
      Span trig = new Span(t0, t0 + code[1].length());
      Provenance prov = new Provenance(docId, j, trig, code[1], src.span(), tgt.span(), code[0] + "/synthetic", "synthetic-1",
          "synthetic-coder", "synthetic", 0.5 + r.nextInt(50) / 100.0);
      events.add(new Event(docId.replace("syn-", "e-") + "-" + j, docId, j, evDate, evDate.toString(), "synthetic",
          r.nextInt(20) == 0, src, tgt, CameoCode.of(code[0]), Double.parseDouble(code[2]), PloverType.valueOf(code[3]), null,
          null, prov));
    }
    Article art = new Article(docId, text.toString(), date, "Synthetic " + docId, null, "synthetic");
    return new CodedArticle(art, sentences, actors, events, List.of(), List.of(), List.of(), List.of(), "synthetic-coder");
  }
}
