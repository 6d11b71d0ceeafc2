package org.weishi.core.district;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district → town/street → village/community tree. Immutable.
 */
public final class ScopeTree {
    private final Map<String, Scope> scopes;
    private final Map<String, List<String>> paths = new LinkedHashMap<>();
    private final String rootId;

    private ScopeTree(Map<String, Scope> scopes) {
        this.scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        String root = null;
        for (Scope s : scopes.values()) {
            if (s.parentId() == null) {
                if (root != null) throw new IllegalArgumentException("two districts in one tree: " + root + ", " + s.id());
                root = s.id();
            }
        }
        if (root == null) throw new IllegalArgumentException("the scope tree has no district");
        this.rootId = root;
        for (Scope s : scopes.values()) {
            List<String> path = new ArrayList<>();
            Scope cur = s;
            int guard = 0;
            while (cur != null) {
                path.add(0, cur.id());
                if (cur.parentId() == null) break;
                Scope parent = scopes.get(cur.parentId());
                if (parent == null) throw new IllegalArgumentException("scope '" + cur.id() + "' has unknown parent '" + cur.parentId() + "'");
                if (parent.level().ordinal() != cur.level().ordinal() - 1) {
                    throw new IllegalArgumentException("scope '" + cur.id() + "' (" + cur.level() + ") cannot sit under " + parent.level());
                }
                cur = parent;
                if (++guard > 3) throw new IllegalArgumentException("scope '" + s.id() + "' is in a cycle");
            }
            paths.put(s.id(), List.copyOf(path));
        }
    }

    /**
     * @param scopes every scope, the district first or not
     * @return the tree
     * @throws IllegalArgumentException naming the bad scope when the tree is malformed
     */
    public static ScopeTree of(List<Scope> scopes) {
        Map<String, Scope> m = new LinkedHashMap<>();
        for (Scope s : scopes) {
            if (m.put(s.id(), s) != null) throw new IllegalArgumentException("scope id '" + s.id() + "' appears twice");
        }
        return new ScopeTree(m);
    }

    /** @return the district's scope */
    public Scope district() {
        return scopes.get(rootId);
    }

    /**
     * @param id a scope id
     * @return the scope, if known
     */
    public Optional<Scope> find(String id) {
        return Optional.ofNullable(scopes.get(id));
    }

    /**
     * @param id a known scope id
     * @return ids from the district down to {@code id}
     */
    public List<String> path(String id) {
        List<String> p = paths.get(id);
        if (p == null) throw new IllegalArgumentException("unknown scope '" + id + "'");
        return p;
    }

    /**
     * @param id a scope id
     * @param ancestorId another scope id
     * @return true when {@code id} is {@code ancestorId} or lies below it
     */
    public boolean isWithin(String id, String ancestorId) {
        List<String> p = paths.get(id);
        return p != null && p.contains(ancestorId);
    }

    /**
     * @param level a level
     * @return every scope at that level, in declaration order
     */
    public List<Scope> atLevel(ScopeLevel level) {
        return scopes.values().stream().filter(s -> s.level() == level).toList();
    }

    /**
     * @param parentId a scope id
     * @return its direct children
     */
    public List<Scope> children(String parentId) {
        return scopes.values().stream().filter(s -> parentId.equals(s.parentId())).toList();
    }

    /** @return number of scopes */
    public int size() {
        return scopes.size();
    }

    @Override
    public String toString() {
        return "ScopeTree[" + district().name() + ", " + atLevel(ScopeLevel.TOWN).size() + " towns, "
                + atLevel(ScopeLevel.COMMUNITY).size() + " communities]";
    }
}
