package vn.tonegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class JerseyWarningsTest {

    private static String constrainedWarning(String className) {
        // Jersey's own wording (its LocalizationMessages.WARNING_PROVIDER_CONSTRAINED_TO_WRONG_RUNTIME)
        return "A provider " + className + " registered in SERVER runtime does not implement any provider interfaces applicable in"
                + " the SERVER runtime. Due to constraint configuration problems the provider " + className + " will be ignored. ";
    }

    @Test
    void onlyTheFalseAlarmAboutAResourceInstanceIsDropped() {
        Logger logger = Logger.getLogger("tonegate.test.jersey-providers");
        logger.setUseParentHandlers(false);
        List<String> kept = new ArrayList<>();
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord entry) {
                kept.add(entry.getMessage()); // the logger's filter has already passed it
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        TonegateApplication.quietAboutResourceInstances(logger);

        logger.warning(constrainedWarning("vn.tonegate.api.ScoreResource"));
        // a provider that really is misconfigured is not a resource: that warning stays
        logger.warning(constrainedWarning("vn.tonegate.api.ApiError"));
        logger.warning(constrainedWarning("com.example.NoSuchClass"));
        logger.log(Level.WARNING, "some other warning about vn.tonegate.api.ScoreResource");

        assertThat(kept).containsExactly(constrainedWarning("vn.tonegate.api.ApiError"), constrainedWarning("com.example.NoSuchClass"),
                "some other warning about vn.tonegate.api.ScoreResource");
    }
}
