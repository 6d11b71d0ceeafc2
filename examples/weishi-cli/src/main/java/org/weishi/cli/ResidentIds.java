package org.weishi.cli;

/** Check characters of resident ID numbers, for generating valid-looking demo data. */
final class ResidentIds {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private ResidentIds() {
    }

    /** ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK[sum % 11];
    }
}
