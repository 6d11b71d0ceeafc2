package org.weishi.spi.disclosure;

/**
 * The resident behind a demand, as far as the audience may see them. For the
 * {@link Audience#PUBLIC public} only {@code name} may be set, and masked (张*三); for officials
 * ({@link Audience#INTERNAL}) every field the personal-data vault still holds.
 *
 * @param name the name (masked for the public), or null when withheld or erased
 * @param phone the mobile number, internal only, or null
 * @param idNumber the resident ID number, internal only, or null
 * @param address the home address, internal only, or null
 * @since 0.1
 */
public record PersonDisclosure(String name, String phone, String idNumber, String address) {
    /** @return true when nothing is disclosed */
    public boolean isEmpty() {
        return name == null && phone == null && idNumber == null && address == null;
    }
}
