package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.actors.dict.ActorDictionary;
import org.dyad.annotate.AnnotatorSettings;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.evaluate.DevSets;
import org.dyad.evaluate.Evaluator;
import org.dyad.evaluate.Gold;
import org.dyad.evaluate.GoldFormats;
import org.dyad.evaluate.GoldSet;
import org.dyad.evaluate.PetrarchDictionaries;
import org.dyad.evaluate.PipelineCoder;
import org.dyad.evaluate.Report;
import org.dyad.evaluate.Score;
import org.dyad.evaluate.SentenceCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad eval}: scores Dyad against gold in the field's formats and prints precision, recall
 * and F1 per level with the misses and false alarms.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score Dyad against gold: precision, recall and F1 per level, with the misses and false alarms and their sentences.",
        "Each gold record is coded as a one-record article (its date, else " + "2018-01-01" + "); the coder never sees the gold labels."},
    footer = {"", "Formats and levels:",
        "  petrarch  PETRARCH/TABARI validation XML: root; root+countries; code+dyad; records coded exactly",
        "  plover    PLOVER JSON records (current and older type names): type; type+countries",
        "  conll     token/tag lines with S, T, R spans: span-exact, span-overlap, token (main event's source and target)",
        "  tsv       sentence<TAB>label: --labels penta (ConfliBERT's 5 classes, default), root or plover",
        "  jsonl     Dyad's own JSON Lines output as gold (root; root+countries; code+dyad), or text + gold_roots records",
        "", "--dev-sets runs every development set found under the shared gold-dev folder and prints a summary table.",
        "", ExitCodes.HELP})
public final class EvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD_FILE", arity = "0..1", description = "The gold file.")
  Path goldFile;

  @Option(names = "--format", paramLabel = "FORMAT", description = "petrarch, plover, conll, tsv or jsonl.")
  String format;

  @Option(names = "--labels", paramLabel = "KIND", defaultValue = "penta",
      description = "For tsv gold: penta, root or plover (default: ${DEFAULT-VALUE}).")
  String labels;

  @Option(names = "--actors", paramLabel = "DIR", description = "A folder with Dyad-format actor dictionaries (countries.tsv, agents.tsv, groups.tsv, igos.tsv).")
  Path actorsDir;

  @Option(names = "--petrarch-actors", paramLabel = "FILE", arity = "1..*", description = "PETRARCH actor dictionaries (replace Dyad's actors).")
  List<Path> petrarchActors = new ArrayList<>();

  @Option(names = "--petrarch-agents", paramLabel = "FILE", description = "A PETRARCH agent dictionary (with --petrarch-actors).")
  Path petrarchAgents;

  @Option(names = "--petrarch-verbs", paramLabel = "FILE", description = "A PETRARCH verb dictionary, translated into trigger patterns (replaces Dyad's triggers).")
  Path petrarchVerbs;

  @Option(names = "--petrarch-discards", paramLabel = "FILE", description = "A PETRARCH discard list: records with a discard phrase code nothing.")
  Path petrarchDiscards;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date whose codes date-bounded PETRARCH actors take (default: each record's date).")
  String asOf;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N records (0: all).")
  int limit;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Misses and false alarms to print (default: ${DEFAULT-VALUE}).")
  int show;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the full report (every level, every miss and false alarm) as Markdown.")
  Path out;

  @Option(names = "--dev-sets", description = "Run every development set found under --dev-root and print a summary.")
  boolean devSets;

  @Option(names = "--dev-root", paramLabel = "DIR", description = "Where the development sets are (default: ../shared/data/gold-dev beside the Dyad folder).")
  Path devRoot;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    if (threads < 1) {
      err.println("dyad: --threads must be at least 1");
      return ExitCodes.USAGE;
    }
    LocalDate asOfDate = null;
    if (asOf != null) {
      try {
        asOfDate = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        err.println("dyad: --as-of must be YYYY-MM-DD, not '" + asOf + "'");
        return ExitCodes.USAGE;
      }
    }
    if (devSets) {
      return runDevSets(err);
    }
    if (goldFile == null || format == null) {
      err.println("dyad: give --format FORMAT GOLD_FILE, or --dev-sets");
      return ExitCodes.USAGE;
    }
    if (!Gold.FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
      err.println("dyad: --format must be one of " + String.join(", ", Gold.FORMATS) + ", not '" + format + "'");
      return ExitCodes.USAGE;
    }
    GoldFormats.TsvLabels tsvLabels;
    try {
      tsvLabels = GoldFormats.TsvLabels.valueOf(labels.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("dyad: --labels must be penta, root or plover, not '" + labels + "'");
      return ExitCodes.USAGE;
    }
    if (actorsDir != null && !petrarchActors.isEmpty()) {
      err.println("dyad: give --actors or --petrarch-actors, not both");
      return ExitCodes.USAGE;
    }
    if (petrarchAgents != null && petrarchActors.isEmpty()) {
      err.println("dyad: --petrarch-agents needs --petrarch-actors");
      return ExitCodes.USAGE;
    }
    GoldSet gold;
    try {
      gold = Gold.read(format, goldFile, tsvLabels).limit(limit);
    } catch (RuntimeException e) {
      err.println("dyad: cannot read the gold: " + e.getMessage());
      return ExitCodes.FATAL;
    }
    PetrarchDictionaries dicts = new PetrarchDictionaries(petrarchActors, petrarchAgents, petrarchVerbs, petrarchDiscards);
    try (CoreNlpAnnotator annotator = CoreNlpAnnotator.load(AnnotatorSettings.defaults())) {
      PipelineCoder.Builder b = PipelineCoder.builder(annotator).asOf(asOfDate);
      if (actorsDir != null) {
        b.actors(ActorDictionary.load(actorsDir));
      }
      SentenceCoder coder = dicts.configure(b).build();
      Report r = run(coder, gold, err);
      System.out.print(r.toText(show));
      if (out != null) {
        Files.writeString(out, "# Dyad evaluation\n\n" + r.toMarkdown(-1), StandardCharsets.UTF_8);
        err.println("dyad: full report written to " + out);
      }
    }
    return ExitCodes.OK;
  }

  private Report run(SentenceCoder coder, GoldSet gold, PrintStream err) {
    int total = gold.items().size();
    long t0 = System.nanoTime();
    Object lock = new Object();
    return new Evaluator(coder, threads).run(gold, n -> {
      if (!quiet && (n % 100 == 0 || n == total)) {
        synchronized (lock) {
          err.printf(Locale.ROOT, "dyad: %s: %d/%d records, %.1f records/s%n", gold.name(), n, total,
              n / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
        }
      }
    });
  }

  private int runDevSets(PrintStream err) throws IOException {
    Path root = devRoot;
    if (root == null) {
      String home = System.getenv("DYAD_HOME");
      Path base = home != null ? Path.of(home) : Path.of(".").toAbsolutePath().normalize();
      root = base.resolve("../shared/data/gold-dev").normalize();
    }
    List<DevSets.DevSet> sets = DevSets.find(root);
    if (sets.isEmpty()) {
      err.println("dyad: no development sets under " + root + " (give --dev-root DIR)");
      return ExitCodes.FATAL;
    }
    List<Report> reports = new ArrayList<>();
    List<DevSets.DevSet> ran = new ArrayList<>();
    StringBuilder md = new StringBuilder("# Dyad evaluation on the development sets\n\n");
    try (CoreNlpAnnotator annotator = CoreNlpAnnotator.load(AnnotatorSettings.defaults())) {
      for (DevSets.DevSet s : sets) {
        GoldSet gold = s.read().limit(limit);
        SentenceCoder coder = s.dictionaries() == null ? PipelineCoder.defaults(annotator) : s.dictionaries().coder(annotator, null);
        err.println("dyad: " + s.name() + ": " + s.what() + " (" + gold.items().size() + " records)");
        Report r = run(coder, gold, err);
        System.out.print(r.toText(show));
        System.out.println();
        reports.add(r);
        ran.add(s);
        md.append(r.toMarkdown(-1)).append('\n');
      }
    }
    System.out.println("Summary");
    System.out.println(String.format(Locale.ROOT, "%-22s %8s %-16s %7s %7s %7s  %s", "set", "records", "level", "P", "R", "F1", "exact"));
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      for (String level : r.levels()) {
        Score sc = r.score(level);
        String exact = r.exactLevel() != null && level.equals(r.exactLevel()) ? r.exact() + "/" + r.records() : "";
        System.out.println(String.format(Locale.ROOT, "%-22s %8d %-16s %7.3f %7.3f %7.3f  %s", ran.get(i).name(), r.records(),
            level, sc.precision(), sc.recall(), sc.f1(), exact));
      }
    }
    if (out != null) {
      Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
      err.println("dyad: full reports written to " + out);
    }
    return ExitCodes.OK;
  }
}
