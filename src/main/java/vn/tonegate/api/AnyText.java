package vn.tonegate.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A draft must have something to score: a non-blank title, sapo or body. */
@Documented
@Constraint(validatedBy = AnyText.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnyText {

    String message() default "{tonegate.anytext}";

    /** A request body that carries a draft's three fields. */
    interface Draftable {
        String title();

        String sapo();

        String body();
    }

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the violation on each of the three fields, so a form can mark them. */
    class Validator implements ConstraintValidator<AnyText, AnyText.Draftable> {
        @Override
        public boolean isValid(Draftable r, ConstraintValidatorContext context) {
            if (r == null || !blank(r.title()) || !blank(r.sapo()) || !blank(r.body())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (String field : new String[] {"title", "sapo", "body"}) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(field).addConstraintViolation();
            }
            return false;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
