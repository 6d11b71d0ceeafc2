package org.weishi.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.weishi.core.Problem;
import org.weishi.spi.LocalizedText;

/**
 * Validates records with Jakarta Bean Validation and turns every violation into a bilingual
 * {@link Problem} naming the field path. The parameter interpolator keeps the Expression Language
 * off the module path: our templates only need {@code {max}}-style attributes.
 */
public final class CommandValidator {
    /** Code of a constraint violation. */
    public static final String CODE = "WS-CMD-001";
    private final Validator validator;

    /** Builds the validator. */
    public CommandValidator() {
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /**
     * @param value a command or configuration record
     * @param pathPrefix prefix for field paths (e.g. a plug-in id), or empty
     * @return every problem, sorted by field path; empty when valid
     */
    public List<Problem> validate(Object value, String pathPrefix) {
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        if (violations.isEmpty()) return List.of();
        List<Problem> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : violations) {
            String path = v.getPropertyPath().toString();
            if (!pathPrefix.isEmpty()) path = path.isEmpty() ? pathPrefix : pathPrefix + "." + path;
            // Templates of our own have both languages; a standard one ({jakarta...Positive.message}, as in a
            // plug-in's configuration record) falls back to the validator's interpolated English message.
            LocalizedText text = Messages.has(v.getMessageTemplate())
                    ? Messages.text(v.getMessageTemplate(), v.getConstraintDescriptor().getAttributes())
                    : LocalizedText.of(v.getMessage(), v.getMessage());
            out.add(new Problem(CODE, path, text));
        }
        out.sort(Comparator.comparing(Problem::field).thenComparing(p -> p.message().en()));
        return out;
    }
}
