package org.weishi.core.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The resident behind a demand. Personal information: the engine stores it in the personal-data
 * vault under a person key and never puts it in an event.
 *
 * @param name the resident's name
 * @param phone mainland mobile number (11 digits), optional
 * @param idNumber resident ID number (18 characters), optional
 * @param address home address, optional
 */
public record Submitter(
        @NotBlank(message = "weishi.required") @Size(max = 50, message = "weishi.size.max") String name,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "weishi.phone") String phone,
        @Pattern(regexp = "\\d{17}[\\dXx]", message = "weishi.idNumber") String idNumber,
        @Size(max = 200, message = "weishi.size.max") String address) {
}
