package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.dyad.model.ActorCode;

/**
 * The TSV form of known persons: a {@code #} description line, a {@code #version} line, a header
 * {@code name code role first_seen last_seen origin status source_doc}, one person a line. Origin
 * and status may be left empty (CURATED, ACTIVE). Used for the built-in curated list
 * ({@code persons.tsv}) and for {@code dyad actors export/import}. Stateless and thread-safe.
 */
public final class KnownActorsTsv {
  public static final List<String> COLUMNS = List.of("name", "code", "role", "first_seen", "last_seen", "origin", "status", "source_doc");
  public static final String RESOURCE = "/org/dyad/actors/dict/persons.tsv";

  private KnownActorsTsv() {}

  /** The built-in curated list of political leaders, loaded once. */
  public static KnownActors curated() {
    return Holder.CURATED;
  }

  private static final class Holder {
    static final KnownActors CURATED = loadResource();

    private static KnownActors loadResource() {
      InputStream in = KnownActorsTsv.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        return KnownActors.empty();
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return KnownActors.of(read(r, "persons.tsv"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read persons.tsv: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads entries; throws {@link IllegalArgumentException} naming the source and line of the
   * first malformed row.
   */
  public static List<KnownActor> read(Reader reader, String source) throws IOException {
    List<KnownActor> entries = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    boolean header = false;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.startsWith("name\tcode")) {
          throw new IllegalArgumentException(source + " line " + n + ": expected the header " + String.join("\t", COLUMNS));
        }
        header = true;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException(source + " line " + n + ": needs at least name and code");
      }
      try {
        String origin = f.length > 5 && !f[5].isBlank() ? f[5].trim().toUpperCase(Locale.ROOT) : KnownActor.CURATED;
        String status = f.length > 6 && !f[6].isBlank() ? f[6].trim().toUpperCase(Locale.ROOT) : KnownActor.ACTIVE;
        if (!List.of(KnownActor.CURATED, KnownActor.LEARNED).contains(origin)) {
          throw new IllegalArgumentException("origin must be CURATED or LEARNED");
        }
        if (!List.of(KnownActor.ACTIVE, KnownActor.PROPOSED, KnownActor.REJECTED).contains(status)) {
          throw new IllegalArgumentException("status must be ACTIVE, PROPOSED or REJECTED");
        }
        entries.add(new KnownActor(f[0].trim(), ActorCode.of(f[1].trim()), opt(f, 2), date(opt(f, 3)), date(opt(f, 4)),
            origin, status, opt(f, 7)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(source + " line " + n + ": " + e.getMessage(), e);
      }
    }
    if (!header) {
      throw new IllegalArgumentException(source + ": no header line");
    }
    return entries;
  }

  /** Writes entries in the same form. */
  public static void write(Collection<KnownActor> entries, Writer w) throws IOException {
    w.write("# Dyad known actors: persons with their CAMEO code and role, and when they were seen holding them\n");
    w.write("#version\t2026.11.29-1\n");
    w.write(String.join("\t", COLUMNS) + "\n");
    for (KnownActor k : entries) {
      w.write(String.join("\t", clean(k.name()), k.code().value(), clean(k.role()), str(k.firstSeen()), str(k.lastSeen()),
          k.origin(), k.status(), clean(k.sourceDoc())) + "\n");
    }
  }

  private static String opt(String[] f, int i) {
    return f.length > i && !f[i].isBlank() ? f[i].trim() : null;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String str(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }
}
