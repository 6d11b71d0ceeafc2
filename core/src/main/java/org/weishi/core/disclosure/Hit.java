package org.weishi.core.disclosure;

/** One detected span of the input and its public replacement (package-private). */
final class Hit {
    final PiiKind kind;
    final int start;
    final int end;
    final String replacement;

    Hit(PiiKind kind, int start, int end, String replacement) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.replacement = replacement;
    }
}
