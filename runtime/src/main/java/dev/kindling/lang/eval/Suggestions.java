package dev.kindling.lang.eval;

/**
 * CPython 3.11's "Did you mean" rule: the candidate with the smallest edit distance, where a
 * change of case costs 1 and any other edit 2, within a bound that grows with the names'
 * lengths. Used for NameError and AttributeError.
 */
public final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;

    private Suggestions() {}

    /** The best suggestion for {@code wrong} among {@code candidates}, or null. */
    public static String closest(String wrong, Iterable<String> candidates) {
        if (wrong.length() > MAX_LENGTH) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int seen = 0;
        for (String candidate : candidates) {
            if (++seen > MAX_CANDIDATES) {
                break;
            }
            if (candidate.equals(wrong) || candidate.length() > MAX_LENGTH) {
                continue;
            }
            int max = Math.min((candidate.length() + wrong.length() + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(wrong, candidate, max);
            if (d <= max && (best == null || d < bestDistance)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) * MOVE_COST > max) {
            return max + 1;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j * MOVE_COST;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i * MOVE_COST;
            int rowMin = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = diagonal + substitutionCost(a.charAt(i - 1), b.charAt(j - 1));
                diagonal = row[j];
                row[j] = Math.min(substitute, Math.min(row[j], row[j - 1]) + MOVE_COST);
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return row[b.length()];
    }

    private static int substitutionCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        return Character.toLowerCase(x) == Character.toLowerCase(y) ? CASE_COST : MOVE_COST;
    }
}
