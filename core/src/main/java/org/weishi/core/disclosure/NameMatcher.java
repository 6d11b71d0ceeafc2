package org.weishi.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every occurrence of a fixed set of known personal names in one pass (Aho–Corasick), so the
 * cost does not grow with the number of names (package-private, immutable once built).
 *
 * <p>Names shorter than 2 characters are ignored: a single character matches almost anywhere.
 * Latin-script names match without regard to case and only as whole words. Overlapping
 * occurrences are merged into one span, so no part of a listed name survives next to another.
 */
final class NameMatcher {

    static final NameMatcher EMPTY = new NameMatcher(List.of());

    /** Transitions keyed by (state << 16 | char). */
    private final Map<Long, Integer> next = new HashMap<>();
    private final int[] fail;
    /** Length of the longest name ending in this state (following failure links), 0 if none. */
    private final int[] longest;
    private final boolean[] latin;
    /** Every char that occurs in some name: any other char sends the automaton back to its root. */
    private final BitSet alphabet = new BitSet(1 << 16);
    private final int size;

    private NameMatcher(Collection<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String key = key(name);
            if (key.length() >= 2) {
                keys.add(key);
            }
        }
        int capacity = 1;
        for (String k : keys) {
            capacity += k.length();
        }
        int[] lengthAt = new int[capacity];
        boolean[] latinAt = new boolean[capacity];
        int states = 1;
        for (String k : keys) {
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                long t = transition(s, k.charAt(i));
                Integer to = next.get(t);
                if (to == null) {
                    to = states++;
                    next.put(t, to);
                }
                s = to;
            }
            k.chars().forEach(alphabet::set);
            lengthAt[s] = Math.max(lengthAt[s], k.length());
            latinAt[s] = Chars.isAsciiLetter(k.charAt(0));
        }
        this.size = states;
        this.fail = new int[states];
        this.longest = new int[states];
        this.latin = new boolean[states];
        // breadth-first: a state's failure target is always shallower, hence already complete
        Map<Integer, List<long[]>> children = new HashMap<>();
        for (Map.Entry<Long, Integer> e : next.entrySet()) {
            int from = (int) (e.getKey() >>> 16);
            char c = (char) (e.getKey() & 0xFFFF);
            children.computeIfAbsent(from, x -> new ArrayList<>()).add(new long[] {c, e.getValue()});
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (long[] child : children.getOrDefault(s, List.of())) {
                char c = (char) child[0];
                int to = (int) child[1];
                int f = 0;
                if (s != 0) {
                    f = fail[s];
                    while (f != 0 && !next.containsKey(transition(f, c))) {
                        f = fail[f];
                    }
                    Integer via = next.get(transition(f, c));
                    f = via == null ? 0 : via;
                }
                fail[to] = f;
                if (lengthAt[to] > 0) {
                    longest[to] = lengthAt[to];
                    latin[to] = latinAt[to];
                } else {
                    longest[to] = longest[f];
                    latin[to] = latin[f];
                }
                queue.add(to);
            }
        }
    }

    static NameMatcher of(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null) {
                distinct.add(name.strip());
            }
        }
        return distinct.isEmpty() ? EMPTY : new NameMatcher(distinct);
    }

    boolean isEmpty() {
        return size == 1;
    }

    /** Number of trie states, for a toString that never shows a name. */
    int states() {
        return size;
    }

    /** Adds to {@code out} the longest known name ending at each position of {@code n}, as {start, end}. */
    void find(char[] n, List<int[]> out) {
        if (isEmpty()) {
            return;
        }
        int s = 0;
        for (int i = 0; i < n.length; i++) {
            char c = fold(n[i]);
            if (!alphabet.get(c)) {
                s = 0; // no name contains c: most chars of a text take this path, no map lookups
                continue;
            }
            while (s != 0 && !next.containsKey(transition(s, c))) {
                s = fail[s];
            }
            Integer to = next.get(transition(s, c));
            s = to == null ? 0 : to;
            int len = longest[s];
            if (len > 0) {
                int start = i + 1 - len;
                int end = i + 1;
                if (latin[s] && ((start > 0 && Chars.isAsciiLetter(n[start - 1]))
                        || (end < n.length && Chars.isAsciiLetter(n[end])))) {
                    continue;
                }
                out.add(new int[] {start, end});
            }
        }
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(Chars.normalise(s.charAt(i))));
        }
        return b.toString();
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static long transition(int state, char c) {
        return ((long) state << 16) | c;
    }
}
