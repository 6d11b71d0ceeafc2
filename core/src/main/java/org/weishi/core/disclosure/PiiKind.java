package org.weishi.core.disclosure;

/**
 * The kinds of personal information (个人信息) the redaction detects and masks.
 *
 * @since 0.1.0
 */
public enum PiiKind {
    /** A person's name: 张*三, 欧阳*明, J*. */
    NAME,
    /** A mainland mobile number (11 digits, 13x–19x), masked to 138****5678. */
    MOBILE,
    /** A fixed-line number with its area code (0756-1234567), masked to 0756-*****67. */
    LANDLINE,
    /** A resident identity card number (居民身份证号码), 18-digit or old 15-digit form. */
    RESIDENT_ID,
    /** A bank card number (16–19 digits passing the Luhn check), masked to the last 4 digits. */
    BANK_CARD,
    /** An e-mail address, masked to a***@example.com. */
    EMAIL,
    /** The part of an address below the community (road, house number, building, room). */
    ADDRESS
}
