package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToLongFunction;
import org.dyad.model.Event;

/**
 * An in-memory, read-only index of every stored event that answers an {@link EventQuery} (filters,
 * sort, page and total) without SQL, with exactly the rows, order and total that
 * {@link DyadStore#events} and {@link DyadStore#count} give for the same snapshot.
 *
 * <p>Events are kept in columns, in date order (undated last, then document and position), with
 * dictionary-coded strings and a posting list per value of the selective columns (actor codes,
 * countries, CAMEO codes and roots, QuadClass, PLOVER type, document), so a query walks only the
 * events of its most selective filter; a date range is a slice. Sort orders other than the date are
 * built on first use and kept. Each event may carry an opaque payload chosen by whoever builds the
 * index (the server keeps each event's answer, ready to send).
 *
 * <p>The index is a snapshot: it does not see later writes. {@link #storeWrites()} tells which
 * write it reflects, to compare with {@link DyadStore#writeCount()}. Immutable apart from the sort
 * orders it adds to itself and the matches of recent filters it keeps (at most 16 MB, for the next
 * page of the same filter); safe to share between threads. With the server's payloads it took
 * 460 MB at a million events; the server budgets 600 bytes an event, with room for the sort orders
 * (8 bytes an event for each one used): {@code EventAnswers.BYTES_PER_EVENT} in the server.
 */
public final class EventIndex {
  private static final int NONE = -1;
  private static final int NULL_KEY = Integer.MAX_VALUE;

  private final int n;
  private final long storeWrites;
  // per position, in date order
  private final int[] day;
  private final int[] baseRank;
  private final int[] doc;
  private final String[] eventId;
  private final int[] srcCode;
  private final int[] tgtCode;
  private final int[] srcCountry;
  private final int[] tgtCountry;
  private final int[] srcSectors;
  private final int[] tgtSectors;
  private final int[] srcName;
  private final int[] srcText;
  private final int[] tgtName;
  private final int[] tgtText;
  private final int[] cameo;
  private final int[] root;
  private final int[] quad;
  private final int[] plover;
  private final double[] goldstein;
  private final double[] confidence;
  private final boolean[] background;
  private final int[] sentence;
  private final byte[][] payload;
  // dictionaries
  private final Dict codes;
  private final Dict countries;
  private final List<List<String>> sectorSets;
  private final Dict words;
  private final Dict cameos;
  private final Dict roots;
  private final Dict plovers;
  private final Dict docs;
  private final Dict sentences;
  // posting lists
  private final Postings bySrcCode;
  private final Postings byTgtCode;
  private final Postings bySrcCountry;
  private final Postings byTgtCountry;
  private final Postings byCameo;
  private final Postings byRoot;
  private final Postings byQuad;
  private final Postings byPlover;
  private final Postings byDoc;
  private final Postings bySrcName;
  private final Postings bySrcText;
  private final Postings byTgtName;
  private final Postings byTgtText;
  private final Postings bySentence;
  /** The first position with no date (= n when every event is dated). */
  private final int firstUndated;
  private final Map<String, Order> orders = new ConcurrentHashMap<>();
  /** Positions kept by each of the two caches at most (16 MB). */
  private static final long KEPT_INTS = 4L << 20;
  /** Matches by filter. */
  private final Kept<EventQuery, Matched> matchCache = new Kept<>(KEPT_INTS, Matched::ints);
  /** Unions of several posting lists by driver key (e.g. all codes starting {@code USA}). */
  private final Kept<String, Slice> unionCache = new Kept<>(KEPT_INTS, u -> u.a().length);

  /**
   * Reads every event of {@code store} (one snapshot) into a new index.
   *
   * @param payload what to keep with each event (null = nothing), called once per event on the calling thread
   */
  public static EventIndex build(DyadStore store, Function<Event, byte[]> payload) {
    return build(store, payload, null);
  }

  /**
   * As {@link #build(DyadStore, Function)}, with the payloads made on {@code pool} while the store
   * is read (batches of events; a few batches in flight at most). {@code payload} must then be
   * thread-safe. A null pool makes them on the calling thread.
   */
  public static EventIndex build(DyadStore store, Function<Event, byte[]> payload, Executor pool) {
    Objects.requireNonNull(store, "store");
    Builder b = new Builder(payload, pool);
    long writes = store.writeCount();
    store.scanEvents(b);
    return b.build(writes);
  }

  /** Number of events indexed. */
  public int size() {
    return n;
  }

  /** The store's {@link DyadStore#writeCount()} when the index was read; a larger count means it is stale. */
  public long storeWrites() {
    return storeWrites;
  }

  /** The event id at a position of a {@link Page}. */
  public String eventId(int position) {
    return eventId[position];
  }

  /** The payload kept with the event at a position, or null. */
  public byte[] payload(int position) {
    return payload[position];
  }

  /**
   * A page of the events matching a query: their positions in the query's sort order, and the
   * number of events that match the filters. The array is new for every call and belongs to the
   * caller.
   */
  public record Page(int[] positions, long total) {
    public Page {
      Objects.requireNonNull(positions, "positions");
    }
  }

  /** The page and total of {@code q}, as the store would answer it on the same snapshot. */
  public Page find(EventQuery q) {
    Objects.requireNonNull(q, "query");
    Matched f = matched(q);
    int[] matches = f.matches();
    int k = (int) Math.min((long) q.offset() + q.limit(), Integer.MAX_VALUE);
    int m = matches == null ? f.hi() - f.lo() : matches.length;
    if (q.offset() >= m) {
      return new Page(new int[0], m);
    }
    int end = Math.min(k, m);
    int[] page = new int[end - q.offset()];
    if (q.sort().equals("date") && !q.descending()) {
      for (int i = 0; i < page.length; i++) {
        int j = q.offset() + i;
        page[i] = matches == null ? f.lo() + j : matches[j];
      }
      return new Page(page, m);
    }
    Order o = order(q.sort(), q.descending());
    if (matches == null && m == n) {
      System.arraycopy(o.perm, q.offset(), page, 0, page.length);
      return new Page(page, m);
    }
    if (matches == null) {
      matches = new int[m];
      for (int i = 0; i < m; i++) {
        matches[i] = f.lo() + i;
      }
    }
    // walking the sort order costs end * n / m steps when the matches are spread evenly through it,
    // but up to n when the filter and the sort agree (quad class 4 sorted by Goldstein descending);
    // selecting by rank always costs about m log(end)
    double walk = Math.max((double) end * n / m, m >= n / 8 ? 0 : n);
    double select = m * (Math.log(end + 1.0) / Math.log(2) + 1);
    int[] top;
    if (walk < select) {
      long[] bits = new long[(n + 63) >>> 6];
      for (int p : matches) {
        bits[p >>> 6] |= 1L << p;
      }
      top = new int[end];
      int got = 0;
      for (int i = 0; got < end; i++) {
        int p = o.perm[i];
        if ((bits[p >>> 6] & (1L << p)) != 0) {
          top[got++] = p;
        }
      }
    } else {
      top = smallestRanks(matches, o, end);
    }
    System.arraycopy(top, q.offset(), page, 0, page.length);
    return new Page(page, m);
  }

  /** The events matching a filter: {@code matches} in date order, or all of {@code [lo, hi)} when it is null. */
  private record Matched(int[] matches, int lo, int hi) {
    long ints() {
      return matches == null ? 1 : matches.length + 1;
    }
  }

  /** The matches of {@code q}'s filters, kept for the next page or sort of the same filters. */
  private Matched matched(EventQuery q) {
    return matchCache.get(q.filtersOnly(), k -> {
      Filter f = new Filter(q);
      return new Matched(f.impossible ? new int[0] : f.matches(), f.lo, f.hi);
    });
  }

  /** The {@code k} matches of smallest rank in the order, ascending. */
  private static int[] smallestRanks(int[] matches, Order o, int k) {
    int[] r = new int[matches.length];
    for (int i = 0; i < matches.length; i++) {
      r[i] = o.rank[matches[i]];
    }
    if (k * 4L < r.length) {
      // bounded max-heap of the k smallest
      int[] heap = Arrays.copyOf(r, k);
      for (int i = k / 2 - 1; i >= 0; i--) {
        siftDown(heap, i, k);
      }
      for (int i = k; i < r.length; i++) {
        if (r[i] < heap[0]) {
          heap[0] = r[i];
          siftDown(heap, 0, k);
        }
      }
      r = heap;
    }
    Arrays.sort(r);
    int[] out = new int[Math.min(k, r.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = o.perm[r[i]];
    }
    return out;
  }

  private static void siftDown(int[] h, int i, int size) {
    int v = h[i];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && h[c + 1] > h[c]) {
        c++;
      }
      if (h[c] <= v) {
        break;
      }
      h[i] = h[c];
      i = c;
    }
    h[i] = v;
  }

  // ------------------------------------------------------------------ sort orders

  /** A sort order: the positions in order, and each position's rank in it. */
  private record Order(int[] perm, int[] rank) {}

  private Order order(String field, boolean desc) {
    return orders.computeIfAbsent(field + (desc ? " desc" : " asc"), k -> makeOrder(field, desc));
  }

  /** Sorts by the field's rank (nulls last in both directions), then by document and position. */
  private Order makeOrder(String field, boolean desc) {
    int[] asc = ascendingRanks(field);
    int max = 0;
    for (int v : asc) {
      if (v != NULL_KEY && v > max) {
        max = v;
      }
    }
    long[] keys = new long[n];
    for (int p = 0; p < n; p++) {
      int v = asc[p];
      long key = v == NULL_KEY ? NULL_KEY : desc ? max - v : v;
      keys[p] = key << 32 | baseRank[p];
    }
    Arrays.sort(keys);
    int[] byBase = new int[n];
    for (int p = 0; p < n; p++) {
      byBase[baseRank[p]] = p;
    }
    int[] perm = new int[n];
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      int p = byBase[(int) keys[i]];
      perm[i] = p;
      rank[p] = i;
    }
    return new Order(perm, rank);
  }

  /** Each position's dense rank by the field, ascending; {@link #NULL_KEY} for null. */
  private int[] ascendingRanks(String field) {
    switch (field) {
      case "date": return ranksOfInts(day);
      case "goldstein": return ranksOfDoubles(goldstein);
      case "confidence": return ranksOfDoubles(confidence);
      case "cameo": return mapped(cameo, cameos.ranks());
      case "quad_class": return ranksOfInts(quad);
      case "source": return mapped(srcCode, codes.ranks());
      case "target": return mapped(tgtCode, codes.ranks());
      case "doc_id": return mapped(doc, docs.ranks());
      case "event_id": {
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
          idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Dict.compareUtf8(eventId[a], eventId[b]));
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
          r[idx[i]] = i;
        }
        return r;
      }
      default: throw new IllegalArgumentException("cannot sort by '" + field + "'");
    }
  }

  private int[] mapped(int[] ids, int[] rankOfId) {
    int[] r = new int[n];
    for (int p = 0; p < n; p++) {
      r[p] = ids[p] == NONE ? NULL_KEY : rankOfId[ids[p]];
    }
    return r;
  }

  private int[] ranksOfInts(int[] v) {
    int[] d = Arrays.stream(v).filter(x -> x != NULL_KEY).distinct().sorted().toArray();
    int[] r = new int[n];
    for (int p = 0; p < n; p++) {
      r[p] = v[p] == NULL_KEY ? NULL_KEY : Arrays.binarySearch(d, v[p]);
    }
    return r;
  }

  private int[] ranksOfDoubles(double[] v) {
    double[] d = Arrays.stream(v).distinct().sorted().toArray();
    int[] r = new int[n];
    for (int p = 0; p < n; p++) {
      r[p] = Arrays.binarySearch(d, v[p]);
    }
    return r;
  }

  // ------------------------------------------------------------------ filters

  /** A query's filters compiled against the dictionaries. */
  private final class Filter {
    final List<IntPredicate> tests = new ArrayList<>();
    /** Candidate lists, one per selective filter: the events must be in each. */
    final List<Driver> drivers = new ArrayList<>();
    int lo;
    int hi;
    boolean impossible;

    Filter(EventQuery q) {
      lo = 0;
      hi = n;
      if (q.from() != null || q.to() != null) {
        hi = firstUndated;
        if (q.from() != null) {
          lo = lowerBound(day, 0, hi, (int) q.from().toEpochDay());
        }
        if (q.to() != null) {
          hi = lowerBound(day, lo, hi, (int) q.to().toEpochDay() + 1);
        }
        if (lo >= hi) {
          impossible = true;
        }
      }
      if (q.actorCode() != null) {
        boolean[] ok = codes.prefixed(q.actorCode());
        lists("actor " + q.actorCode(), ok, bySrcCode, byTgtCode);
        tests.add(p -> ok[srcCode[p]] || (tgtCode[p] != NONE && ok[tgtCode[p]]));
      }
      if (q.sourceCode() != null) {
        boolean[] ok = codes.prefixed(q.sourceCode());
        lists("source " + q.sourceCode(), ok, bySrcCode);
        tests.add(p -> ok[srcCode[p]]);
      }
      if (q.targetCode() != null) {
        boolean[] ok = codes.prefixed(q.targetCode());
        lists("target " + q.targetCode(), ok, byTgtCode);
        tests.add(p -> tgtCode[p] != NONE && ok[tgtCode[p]]);
      }
      if (q.actorName() != null) {
        String name = q.actorName().toLowerCase(Locale.ROOT);
        boolean[] ok = words.containing(name);
        lists("name " + name, ok, bySrcName, bySrcText, byTgtName, byTgtText);
        tests.add(p -> has(ok, srcName[p]) || has(ok, srcText[p]) || has(ok, tgtName[p]) || has(ok, tgtText[p]));
      }
      if (q.country() != null) {
        int c = countries.id(q.country());
        if (c == NONE) {
          impossible = true;
        } else {
          drivers.add(new Driver("country " + c, List.of(bySrcCountry.slice(c), byTgtCountry.slice(c)), tests.size()));
          tests.add(p -> srcCountry[p] == c || tgtCountry[p] == c);
        }
      }
      if (q.sector() != null) {
        boolean[] ok = new boolean[sectorSets.size()];
        for (int i = 0; i < ok.length; i++) {
          ok[i] = sectorSets.get(i).contains(q.sector());
        }
        tests.add(p -> has(ok, srcSectors[p]) || has(ok, tgtSectors[p]));
      }
      if (q.cameoRoot() != null) {
        single(roots, q.cameoRoot(), byRoot, root);
      }
      if (q.cameoCode() != null) {
        boolean[] ok = cameos.prefixed(q.cameoCode());
        lists("cameo " + q.cameoCode(), ok, byCameo);
        tests.add(p -> ok[cameo[p]]);
      }
      if (q.ploverType() != null) {
        single(plovers, q.ploverType().name(), byPlover, plover);
      }
      if (q.quadClass() != null) {
        int v = q.quadClass().number();
        if (v < 0 || v >= byQuad.size()) {
          impossible = true;
        } else {
          drivers.add(new Driver("quad " + v, List.of(byQuad.slice(v)), tests.size()));
          tests.add(p -> quad[p] == v);
        }
      }
      if (q.text() != null) {
        String text = q.text().toLowerCase(Locale.ROOT);
        boolean[] ok = sentences.containing(text);
        lists("text " + text, ok, bySentence);
        tests.add(p -> has(ok, sentence[p]));
      }
      if (q.docId() != null) {
        single(docs, q.docId(), byDoc, doc);
      }
      if (!q.includeBackground()) {
        tests.add(p -> !background[p]);
      }
      if (q.minConfidence() != null) {
        double min = q.minConfidence();
        tests.add(p -> confidence[p] >= min);
      }
    }

    private void single(Dict dict, String value, Postings postings, int[] column) {
      int v = dict.id(value);
      if (v == NONE) {
        impossible = true;
        return;
      }
      drivers.add(new Driver("value " + v, List.of(postings.slice(v)), tests.size()));
      tests.add(p -> column[p] == v);
    }

    private void lists(String key, boolean[] ok, Postings... postings) {
      List<Slice> l = new ArrayList<>();
      for (int id = 0; id < ok.length; id++) {
        if (ok[id]) {
          for (Postings ps : postings) {
            l.add(ps.slice(id));
          }
        }
      }
      drivers.add(new Driver(key, l, tests.size()));
    }

    /** Positions of the matching events in date order, or null when they are exactly {@code [lo, hi)}. */
    int[] matches() {
      if (tests.isEmpty()) {
        return null;
      }
      List<Driver> ds = new ArrayList<>(drivers);
      ds.sort(Comparator.comparingLong(Driver::size));
      if (ds.isEmpty() || ds.get(0).size() >= hi - lo) {
        IntPredicate[] checks = tests.toArray(new IntPredicate[0]);
        int[] out = new int[hi - lo];
        int count = 0;
        for (int p = lo; p < hi; p++) {
          if (all(checks, p)) {
            out[count++] = p;
          }
        }
        return Arrays.copyOf(out, count);
      }
      // the smallest candidate list, intersected with the others of comparable size; a driver's
      // own test holds for every event it lists
      Slice candidates = unionOf(ds.get(0));
      boolean[] done = new boolean[tests.size()];
      done[ds.get(0).test()] = true;
      for (int i = 1; i < ds.size() && ds.get(i).size() <= 2L * candidates.size(); i++) {
        candidates = intersect(candidates, unionOf(ds.get(i)));
        done[ds.get(i).test()] = true;
      }
      List<IntPredicate> rest = new ArrayList<>(tests.size());
      for (int t = 0; t < done.length; t++) {
        if (!done[t]) {
          rest.add(tests.get(t));
        }
      }
      IntPredicate[] checks = rest.toArray(new IntPredicate[0]);
      int[] a = candidates.a();
      int from = candidates.from();
      int to = candidates.to();
      if (lo > 0 || hi < n) {
        from = lowerBound(a, from, to, lo);
        to = lowerBound(a, from, to, hi);
      }
      if (checks.length == 0) {
        return Arrays.copyOfRange(a, from, to);
      }
      int[] out = new int[to - from];
      int count = 0;
      for (int i = from; i < to; i++) {
        int p = a[i];
        if (all(checks, p)) {
          out[count++] = p;
        }
      }
      return Arrays.copyOf(out, count);
    }
  }

  /** The union of a driver's lists, kept for the next query with the same driver when it had to be built. */
  private Slice unionOf(Driver d) {
    if (d.lists().size() == 1) {
      return d.lists().get(0);
    }
    return unionCache.get(d.key(), k -> union(d.lists()));
  }

  /** The positions in both ascending lists. */
  private static Slice intersect(Slice x, Slice y) {
    int[] out = new int[Math.min(x.size(), y.size())];
    int c = 0;
    int i = x.from();
    int j = y.from();
    while (i < x.to() && j < y.to()) {
      int a = x.a()[i];
      int b = y.a()[j];
      if (a < b) {
        i++;
      } else if (a > b) {
        j++;
      } else {
        out[c++] = a;
        i++;
        j++;
      }
    }
    return new Slice(out, 0, c);
  }

  private static boolean all(IntPredicate[] checks, int p) {
    for (IntPredicate c : checks) {
      if (!c.test(p)) {
        return false;
      }
    }
    return true;
  }

  /** Candidate lists of one filter and the index of the filter's test, which holds for all of them. */
  private record Driver(String key, List<Slice> lists, int test) {
    long size() {
      long s = 0;
      for (Slice l : lists) {
        s += l.size();
      }
      return s;
    }
  }

  private static boolean has(boolean[] ok, int id) {
    return id != NONE && ok[id];
  }

  /** The ascending union of ascending position lists. */
  private Slice union(List<Slice> lists) {
    long size = 0;
    for (Slice l : lists) {
      size += l.size();
    }
    if (size * 64 > n) {
      long[] bits = new long[(n + 63) >>> 6];
      for (Slice l : lists) {
        for (int i = l.from(); i < l.to(); i++) {
          int p = l.a()[i];
          bits[p >>> 6] |= 1L << p;
        }
      }
      int[] out = new int[(int) Math.min(size, n)];
      int c = 0;
      for (int w = 0; w < bits.length; w++) {
        long b = bits[w];
        while (b != 0) {
          out[c++] = (w << 6) + Long.numberOfTrailingZeros(b);
          b &= b - 1;
        }
      }
      return new Slice(out, 0, c);
    }
    int[] all = new int[(int) size];
    int c = 0;
    for (Slice l : lists) {
      System.arraycopy(l.a(), l.from(), all, c, l.size());
      c += l.size();
    }
    Arrays.sort(all);
    int u = 0;
    for (int i = 0; i < all.length; i++) {
      if (u == 0 || all[i] != all[u - 1]) {
        all[u++] = all[i];
      }
    }
    return new Slice(all, 0, u);
  }

  /**
   * Values kept up to a total weight, least recently used dropped first. A missing value is
   * computed outside the lock (two threads may compute the same one; both answers are equal).
   * Thread-safe.
   */
  private static final class Kept<K, V> {
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> values = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    Kept(long maxWeight, ToLongFunction<V> weigher) {
      this.maxWeight = maxWeight;
      this.weigher = weigher;
    }

    V get(K key, Function<K, V> compute) {
      synchronized (values) {
        V v = values.get(key);
        if (v != null) {
          return v;
        }
      }
      V v = compute.apply(key);
      synchronized (values) {
        V old = values.put(key, v);
        weight += weigher.applyAsLong(v) - (old == null ? 0 : weigher.applyAsLong(old));
        var it = values.values().iterator();
        while (weight > maxWeight && it.hasNext()) {
          weight -= weigher.applyAsLong(it.next());
          it.remove();
        }
      }
      return v;
    }
  }

  /** Positions {@code a[from..to)}, ascending; shared, never written. */
  private record Slice(int[] a, int from, int to) {
    int size() {
      return to - from;
    }
  }

  /** First index in {@code [from, to)} whose value is at least {@code v} (values ascending there). */
  private static int lowerBound(int[] a, int from, int to, int v) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ------------------------------------------------------------------ building

  private EventIndex(Builder b, int[] rowAt, long storeWrites) {
    this.n = b.count;
    this.storeWrites = storeWrites;
    this.day = permute(b.day, rowAt);
    this.doc = permute(b.doc, rowAt);
    this.srcCode = permute(b.srcCode, rowAt);
    this.tgtCode = permute(b.tgtCode, rowAt);
    this.srcCountry = permute(b.srcCountry, rowAt);
    this.tgtCountry = permute(b.tgtCountry, rowAt);
    this.srcSectors = permute(b.srcSectors, rowAt);
    this.tgtSectors = permute(b.tgtSectors, rowAt);
    this.srcName = permute(b.srcName, rowAt);
    this.srcText = permute(b.srcText, rowAt);
    this.tgtName = permute(b.tgtName, rowAt);
    this.tgtText = permute(b.tgtText, rowAt);
    this.cameo = permute(b.cameo, rowAt);
    this.root = permute(b.root, rowAt);
    this.quad = permute(b.quad, rowAt);
    this.plover = permute(b.plover, rowAt);
    this.sentence = permute(b.sentence, rowAt);
    this.goldstein = new double[n];
    this.confidence = new double[n];
    this.background = new boolean[n];
    this.eventId = new String[n];
    this.payload = new byte[n][];
    int[] base = new int[n];
    for (int p = 0; p < n; p++) {
      int r = rowAt[p];
      goldstein[p] = b.goldstein[r];
      confidence[p] = b.confidence[r];
      background[p] = b.background[r];
      eventId[p] = b.eventId.get(r);
      payload[p] = b.payload.get(r);
      base[p] = b.baseRank[r];
    }
    this.baseRank = base;
    this.codes = b.codes;
    this.countries = b.countries;
    this.sectorSets = List.copyOf(b.sectorSetList);
    this.words = b.words;
    this.cameos = b.cameos;
    this.roots = b.roots;
    this.plovers = b.plovers;
    this.docs = b.docs;
    this.sentences = b.sentences.searchOnly();
    this.bySrcCode = Postings.of(srcCode, codes.size());
    this.byTgtCode = Postings.of(tgtCode, codes.size());
    this.bySrcCountry = Postings.of(srcCountry, countries.size());
    this.byTgtCountry = Postings.of(tgtCountry, countries.size());
    this.byCameo = Postings.of(cameo, cameos.size());
    this.byRoot = Postings.of(root, roots.size());
    int quads = 0;
    for (int v : quad) {
      quads = Math.max(quads, v + 1);
    }
    this.byQuad = Postings.of(quad, quads);
    this.byPlover = Postings.of(plover, plovers.size());
    this.byDoc = Postings.of(doc, docs.size());
    this.bySrcName = Postings.of(srcName, words.size());
    this.bySrcText = Postings.of(srcText, words.size());
    this.byTgtName = Postings.of(tgtName, words.size());
    this.byTgtText = Postings.of(tgtText, words.size());
    this.bySentence = Postings.of(sentence, sentences.size());
    this.firstUndated = lowerBound(day, 0, n, NULL_KEY);
    orders.put("date asc", identityOrder(n));
  }

  private static Order identityOrder(int n) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    return new Order(perm, perm);
  }

  private static int[] permute(IntList v, int[] rowAt) {
    int[] out = new int[rowAt.length];
    for (int p = 0; p < rowAt.length; p++) {
      out[p] = v.a[rowAt[p]];
    }
    return out;
  }

  /**
   * Collects events row by row (in any order) for {@link #build}; used by the store's scan.
   * Not thread-safe.
   */
  static final class Builder {
    private final Function<Event, byte[]> payloadOf;
    int count;
    final IntList day = new IntList();
    final IntList doc = new IntList();
    final IntList idx = new IntList();
    final IntList srcCode = new IntList();
    final IntList tgtCode = new IntList();
    final IntList srcCountry = new IntList();
    final IntList tgtCountry = new IntList();
    final IntList srcSectors = new IntList();
    final IntList tgtSectors = new IntList();
    final IntList srcName = new IntList();
    final IntList srcText = new IntList();
    final IntList tgtName = new IntList();
    final IntList tgtText = new IntList();
    final IntList cameo = new IntList();
    final IntList root = new IntList();
    final IntList quad = new IntList();
    final IntList plover = new IntList();
    final IntList sentence = new IntList();
    double[] goldstein = new double[1024];
    double[] confidence = new double[1024];
    boolean[] background = new boolean[1024];
    final List<String> eventId = new ArrayList<>();
    final List<byte[]> payload = new ArrayList<>();
    int[] baseRank;
    final Dict codes = new Dict();
    final Dict countries = new Dict();
    final Map<List<String>, Integer> sectorSetIds = new HashMap<>();
    final List<List<String>> sectorSetList = new ArrayList<>();
    final Dict words = new Dict();
    final Dict cameos = new Dict();
    final Dict roots = new Dict();
    final Dict plovers = new Dict();
    final Dict docs = new Dict();
    final Dict sentences = new Dict();

    private final Executor pool;
    private List<Event> batch = new ArrayList<>();
    private final List<CompletableFuture<byte[][]>> batches = new ArrayList<>();
    private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);
    private static final int BATCH = 1024;
    private static final int BATCHES_IN_FLIGHT = 8;

    Builder(Function<Event, byte[]> payloadOf, Executor pool) {
      this.payloadOf = payloadOf;
      this.pool = payloadOf == null ? null : pool;
    }

    /** Hands the pending events to the pool; waits while too many batches are in flight. */
    private void submitBatch() {
      if (batch.isEmpty()) {
        return;
      }
      List<Event> mine = batch;
      batch = new ArrayList<>(BATCH);
      inFlight.acquireUninterruptibly();
      CompletableFuture<byte[][]> f = CompletableFuture.supplyAsync(() -> {
        byte[][] out = new byte[mine.size()][];
        for (int i = 0; i < out.length; i++) {
          out[i] = payloadOf.apply(mine.get(i));
        }
        return out;
      }, pool);
      f.whenComplete((v, e) -> inFlight.release());
      batches.add(f);
    }

    /** Every payload made on the pool, in row order. */
    private void collectBatches() {
      submitBatch();
      for (CompletableFuture<byte[][]> f : batches) {
        try {
          payload.addAll(Arrays.asList(f.join()));
        } catch (CompletionException e) {
          throw e.getCause() instanceof RuntimeException re ? re : e;
        }
      }
      batches.clear();
    }

    /**
     * One stored event with the columns the filters read as they are stored (not as the event's
     * model would derive them).
     */
    void add(Event e, int index, String sourceCountry, List<String> sourceSectors, String targetCountry,
        List<String> targetSectors, String cameoRoot, int quadClass, String sentenceText) {
      LocalDate d = e.date();
      day.add(d == null ? NULL_KEY : Math.toIntExact(d.toEpochDay()));
      doc.add(docs.add(e.docId()));
      idx.add(index);
      srcCode.add(codes.add(e.source().code().value()));
      tgtCode.add(e.target() == null ? NONE : codes.add(e.target().code().value()));
      srcCountry.add(countries.add(sourceCountry));
      tgtCountry.add(countries.add(targetCountry));
      srcSectors.add(sectorSet(sourceSectors));
      tgtSectors.add(sectorSet(targetSectors));
      srcName.add(words.add(lower(e.source().name())));
      srcText.add(words.add(lower(e.source().text())));
      tgtName.add(e.target() == null ? NONE : words.add(lower(e.target().name())));
      tgtText.add(e.target() == null ? NONE : words.add(lower(e.target().text())));
      cameo.add(cameos.add(e.cameo().value()));
      root.add(roots.add(cameoRoot));
      quad.add(quadClass);
      plover.add(plovers.add(e.ploverType().name()));
      sentence.add(sentences.add(lower(sentenceText)));
      if (count == goldstein.length) {
        goldstein = Arrays.copyOf(goldstein, count * 2);
        confidence = Arrays.copyOf(confidence, count * 2);
        background = Arrays.copyOf(background, count * 2);
      }
      goldstein[count] = e.goldstein() + 0.0; // -0.0 sorts as 0.0
      confidence[count] = e.provenance().confidence();
      background[count] = e.background();
      eventId.add(e.eventId());
      if (pool != null) {
        batch.add(e);
        if (batch.size() == BATCH) {
          submitBatch();
        }
      } else {
        payload.add(payloadOf == null ? null : payloadOf.apply(e));
      }
      count++;
    }

    private int sectorSet(List<String> sectors) {
      if (sectors == null) {
        return NONE;
      }
      return sectorSetIds.computeIfAbsent(List.copyOf(sectors), s -> {
        sectorSetList.add(s);
        return sectorSetList.size() - 1;
      });
    }

    private static String lower(String s) {
      return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    EventIndex build(long storeWrites) {
      if (pool != null) {
        collectBatches();
      }
      int[] docRank = docs.ranks();
      Integer[] rows = new Integer[count];
      for (int i = 0; i < count; i++) {
        rows[i] = i;
      }
      Arrays.sort(rows, Comparator.<Integer>comparingInt(r -> docRank[doc.a[r]]).thenComparingInt(r -> idx.a[r]));
      baseRank = new int[count];
      for (int i = 0; i < count; i++) {
        baseRank[rows[i]] = i;
      }
      // position order: date ascending, undated last, then document and position
      long[] keys = new long[count];
      for (int r = 0; r < count; r++) {
        keys[r] = (long) day.a[r] << 32 | baseRank[r];
      }
      Arrays.sort(keys);
      int[] rowOfBase = new int[count];
      for (int r = 0; r < count; r++) {
        rowOfBase[baseRank[r]] = r;
      }
      int[] rowAt = new int[count];
      for (int p = 0; p < count; p++) {
        rowAt[p] = rowOfBase[(int) keys[p]];
      }
      return new EventIndex(this, rowAt, storeWrites);
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] a = new int[1024];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }
  }

  /**
   * Distinct strings with dense ids; null maps to {@link #NONE}. Once {@link #searchOnly()} is
   * called, only {@link #containing} works, from one joined string (half the memory of separate
   * strings and a map, and one fast scan instead of a call per value).
   */
  static final class Dict {
    private Map<String, Integer> ids = new HashMap<>();
    private List<String> values = new ArrayList<>();
    private String joined;
    private int[] starts;
    private int size;

    /** Drops the map and the separate strings; keeps the values joined by NUL for {@link #containing}. */
    Dict searchOnly() {
      StringBuilder sb = new StringBuilder();
      starts = new int[values.size() + 1];
      for (int i = 0; i < values.size(); i++) {
        starts[i] = sb.length();
        sb.append(values.get(i)).append('\0');
      }
      starts[values.size()] = sb.length();
      size = values.size();
      joined = sb.toString();
      ids = null;
      values = null;
      return this;
    }

    int add(String s) {
      if (s == null) {
        return NONE;
      }
      Integer id = ids.get(s);
      if (id == null) {
        id = values.size();
        ids.put(s, id);
        values.add(s);
      }
      return id;
    }

    int id(String s) {
      Integer id = ids.get(s);
      return id == null ? NONE : id;
    }

    int size() {
      return values == null ? size : values.size();
    }

    /** Ids whose value starts with {@code prefix}. */
    boolean[] prefixed(String prefix) {
      boolean[] ok = new boolean[values.size()];
      for (int i = 0; i < ok.length; i++) {
        ok[i] = values.get(i).startsWith(prefix);
      }
      return ok;
    }

    /** Ids whose value contains {@code part}. */
    boolean[] containing(String part) {
      boolean[] ok = new boolean[size()];
      if (joined == null) {
        for (int i = 0; i < ok.length; i++) {
          ok[i] = values.get(i).contains(part);
        }
        return ok;
      }
      if (part.indexOf('\0') >= 0) {
        return ok; // no value holds NUL
      }
      if (part.isEmpty()) {
        Arrays.fill(ok, true);
        return ok;
      }
      int from = 0;
      while (true) {
        int at = joined.indexOf(part, from);
        if (at < 0) {
          return ok;
        }
        int id = Arrays.binarySearch(starts, at);
        id = id >= 0 ? id : -id - 2;
        ok[id] = true;
        from = starts[id + 1];
      }
    }

    /** Each id's rank in byte order of the values' UTF-8 (the store's string order). */
    int[] ranks() {
      Integer[] order = new Integer[values.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> compareUtf8(values.get(a), values.get(b)));
      int[] r = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        r[order[i]] = i;
      }
      return r;
    }

    static int compareUtf8(String a, String b) {
      if (isAscii(a) && isAscii(b)) {
        return a.compareTo(b);
      }
      return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return false;
        }
      }
      return true;
    }
  }

  /** Ascending positions per value (compressed rows: one array of positions, one of offsets). */
  private static final class Postings {
    private final int[] offsets;
    private final int[] positions;

    private Postings(int[] offsets, int[] positions) {
      this.offsets = offsets;
      this.positions = positions;
    }

    static Postings of(int[] column, int values) {
      int[] offsets = new int[values + 1];
      for (int v : column) {
        if (v != NONE) {
          offsets[v + 1]++;
        }
      }
      for (int i = 0; i < values; i++) {
        offsets[i + 1] += offsets[i];
      }
      int[] next = Arrays.copyOf(offsets, values);
      int[] positions = new int[offsets[values]];
      for (int p = 0; p < column.length; p++) {
        int v = column[p];
        if (v != NONE) {
          positions[next[v]++] = p;
        }
      }
      return new Postings(offsets, positions);
    }

    int size() {
      return offsets.length - 1;
    }

    Slice slice(int v) {
      return new Slice(positions, offsets[v], offsets[v + 1]);
    }
  }
}
