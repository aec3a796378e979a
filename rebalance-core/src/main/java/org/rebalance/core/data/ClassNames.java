package org.rebalance.core.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of the classes, in class-index order (index 0 first). Immutable. */
public final class ClassNames {
    private final List<String> names;
    private final Map<String, Integer> index;

    private ClassNames(List<String> names) {
        this.names = List.copyOf(names);
        this.index = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            if (index.put(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate class name \"" + this.names.get(i) + "\"");
            }
        }
    }

    public static ClassNames of(List<String> names) {
        return new ClassNames(names);
    }

    public static ClassNames of(String... names) {
        return new ClassNames(List.of(names));
    }

    public int size() {
        return names.size();
    }

    public String name(int classIndex) {
        return names.get(classIndex);
    }

    /** Index of the class with this name, or -1 if there is none. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassNames other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return names.toString();
    }
}
