package org.rebalance.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphsTest {
    private static Graph path(int nodes, float mark) {
        float[] f = new float[nodes * 2];
        int[] e = new int[(nodes - 1) * 2];
        for (int v = 0; v < nodes; v++) {
            f[2 * v] = mark;
            f[2 * v + 1] = v;
        }
        for (int v = 0; v + 1 < nodes; v++) {
            e[2 * v] = v;
            e[2 * v + 1] = v + 1;
        }
        return new Graph(nodes, 2, f, e);
    }

    @Test
    void graphChecksItsShapeAndEdges() {
        assertThrows(IllegalArgumentException.class, () -> new Graph(2, 2, new float[3], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new Graph(2, 1, new float[2], new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Graph(2, 1, new float[2], new int[] {0, 2}));
        Graph g = path(3, 1f);
        assertEquals(2, g.edgeCount());
        assertEquals(1, g.from(1));
        assertEquals(2, g.to(1));
        assertEquals(2f, g.feature(2, 1));
    }

    @Test
    void selectRepeatsGraphsAndTheirGraphFeatures() {
        DenseMatrix fp = DenseMatrix.of(new double[][] {{1, 0}, {0, 1}}, Schema.numbered(2));
        Graphs gs = Graphs.of(List.of(path(2, 1f), path(4, 2f)), 2, fp);
        Graphs s = gs.select(new int[] {1, 1, 0});
        assertEquals(3, s.size());
        assertSame(gs.graph(1), s.graph(0));
        assertEquals(1.0, s.graphFeatures().get(1, 1));
        assertEquals(1.0, s.graphFeatures().get(2, 0));
        assertEquals(4 + 4 + 2, s.totalNodes());
        Graphs joined = gs.append(s);
        assertEquals(5, joined.size());
        assertEquals(5, joined.graphFeatures().rows());
    }

    @Test
    void layoutsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> Graphs.of(List.of(path(2, 1f)), 3));
        DenseMatrix fp = DenseMatrix.of(new double[][] {{1}}, Schema.numbered(1));
        assertThrows(IllegalArgumentException.class, () -> Graphs.of(List.of(path(2, 1f), path(2, 1f)), 2, fp));
        Graphs a = Graphs.of(List.of(path(2, 1f)), 2);
        assertThrows(IllegalArgumentException.class, () -> a.append(Graphs.of(List.of(path(2, 1f)), 2, fp)));
        assertThrows(IllegalStateException.class, a::graphFeatures);
    }

    @Test
    void edgeKindsAreCheckedCountedAndKept() {
        Graph typed = new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2}, new byte[] {0, 2});
        assertEquals(2, typed.edgeKind(1));
        assertEquals(2, typed.maxEdgeKind());
        assertThrows(IllegalArgumentException.class,
                () -> new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2}, new byte[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> new Graph(2, 1, new float[] {1, 2}, new int[] {0, 1}, new byte[] {-1}));
        // counted from the graphs when not told, checked when told
        assertEquals(3, Graphs.of(List.of(typed), 1).edgeKinds());
        assertEquals(1, Graphs.of(List.of(path(2, 1f)), 2).edgeKinds());
        assertEquals(4, Graphs.of(List.of(typed), 1, null, 4).select(new int[] {0, 0}).edgeKinds());
        assertThrows(IllegalArgumentException.class, () -> Graphs.of(List.of(typed), 1, null, 2));
        // kinds are part of a graph's identity, and appending needs the same number of kinds
        assertEquals(false, typed.equals(new Graph(3, 1, new float[] {1, 2, 3}, new int[] {0, 1, 1, 2})));
        Graphs four = Graphs.of(List.of(typed), 1, null, 4);
        assertThrows(IllegalArgumentException.class, () -> four.append(Graphs.of(List.of(typed), 1)));
        assertEquals(2, four.append(Graphs.of(List.of(typed), 1, null, 4)).size());
    }
}
