package io.nianbao.store.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHashTest {
    static String random(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chars; i++) {
            sb.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
        }
        return sb.toString();
    }

    @Test
    void theSketchEstimatesTheJaccardSimilarityOfTheShingles() {
        Random r = new Random(11);
        String base = random(r, 600);
        // a copy with a changed tail: exact Jaccard known from the shingle sets
        for (int changed : new int[]{0, 10, 30, 60, 150, 600}) {
            String other = base.substring(0, base.length() - changed) + random(r, changed);
            double exact = TextSimilarity.similarity(base, other);
            double estimate = MinHash.similarity(MinHash.of(base), MinHash.of(other));
            // 4 standard errors of a 128-hash estimate (sqrt(J(1-J)/128) <= 0.045)
            assertThat(estimate).as("changed %d: exact %.3f", changed, exact).isCloseTo(exact, within(0.18));
        }
        assertThat(MinHash.similarity(MinHash.of(base), MinHash.of(base))).isEqualTo(1.0);
        assertThat(MinHash.similarity(MinHash.of(base), MinHash.of(random(r, 600)))).isLessThan(0.05);
        assertThat(MinHash.of("")).isNull();
        assertThat(MinHash.similarity(null, MinHash.of(base))).isZero();
    }

    @Test
    void nearCopiesShareABandAndUnrelatedTextsDoNot() {
        Random r = new Random(5);
        int shared = 0;
        int unrelated = 0;
        for (int i = 0; i < 50; i++) {
            String a = random(r, 500);
            String nearCopy = a.substring(0, 490) + random(r, 10); // Jaccard about 0.96
            String other = random(r, 500);
            shared += anyCommonBand(MinHash.bands(MinHash.of(a)), MinHash.bands(MinHash.of(nearCopy))) ? 1 : 0;
            unrelated += anyCommonBand(MinHash.bands(MinHash.of(a)), MinHash.bands(MinHash.of(other))) ? 1 : 0;
        }
        assertThat(shared).isEqualTo(50);
        assertThat(unrelated).isZero();
    }

    @Test
    void theSketchSurvivesTheDatabaseRoundTrip() {
        int[] sig = MinHash.of(TextSimilarity.normalize("本年度我局认真贯彻落实政府信息公开条例，坚持以公开为常态"));
        assertThat(MinHash.fromBytes(MinHash.toBytes(sig))).containsExactly(sig);
        assertThat(MinHash.toBytes(sig)).hasSize(MinHash.HASHES * 4);
        assertThat(MinHash.bands(sig)).hasSize(MinHash.BANDS).doesNotHaveDuplicates();
    }

    static boolean anyCommonBand(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }
}
