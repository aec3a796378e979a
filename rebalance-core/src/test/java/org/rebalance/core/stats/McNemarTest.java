package org.rebalance.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class McNemarTest {
    // reference: scipy 1.10.1, binomtest(b, b + c, 0.5).pvalue and chi2.sf((|b - c| - 1)^2 / (b + c), 1)
    @Test
    void matchesScipy() {
        check(3, 10, 0.09228515625, 0.0960923294556734);
        check(12, 4, 0.076812744140625, 0.08011831372763421);
        check(0, 5, 0.0625, 0.07363827012030258);
        check(25, 25, 1.0, 0.887537083981715);
        check(40, 22, 0.030015864349067285, 0.030849999436874987);
    }

    private static void check(int b, int c, double exact, double chi) {
        McNemar m = McNemar.of(b, c);
        assertEquals(exact, m.exactP(), 1e-12, "exact " + b + "/" + c);
        assertEquals(chi, m.chiSquareP(), 1e-12, "chi-square " + b + "/" + c);
    }

    @Test
    void countsOnlyTheDisagreements() {
        int[] truth = {1, 1, 0, 0, 1, 0, 1, 0};
        int[] first = {1, 1, 0, 1, 0, 0, 1, 0};  // wrong on 3, 4
        int[] second = {0, 1, 0, 0, 0, 1, 1, 0}; // wrong on 0, 4, 5
        McNemar m = McNemar.of(truth, first, second);
        assertEquals(2, m.firstOnly());  // 0 and 5
        assertEquals(1, m.secondOnly()); // 3
        assertEquals(McNemar.of(0, 0).exactP(), 1.0);
        assertThrows(IllegalArgumentException.class, () -> McNemar.of(truth, first, new int[3]));
    }
}
