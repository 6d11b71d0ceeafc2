/**
 * 民主决策: residents' councils (议事会), their meetings (sign-in, quorum, votes, minutes), and the
 * public notice period (公示期) with objections that must be answered before a decision takes
 * effect. Working days follow the district's {@link org.weishi.core.deliberation.NoticeCalendar}.
 */
package org.weishi.core.deliberation;
