package org.weishi.spi;

/** The channel a demand arrived through (群众点单渠道). */
public enum Channel {
    /** 线下窗口: a service window at a town or community centre. */
    WINDOW,
    /** 小程序: the mini-program. */
    MINI_PROGRAM,
    /** 公众号: the official account. */
    OFFICIAL_ACCOUNT,
    /** 社工走访: a social worker's home visit. */
    SOCIAL_WORKER,
    /** 12345 热线: the government hotline, e.g. through Open311. */
    HOTLINE,
    /** 其他: any other channel. */
    OTHER
}
