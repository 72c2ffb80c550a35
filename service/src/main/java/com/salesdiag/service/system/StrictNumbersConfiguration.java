package com.salesdiag.service.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A request body means what it says, or is refused. By default Jackson reads {@code "48000"} as a number and
 * {@code 3.5} as the whole number 3 (and {@code -0.5} as 0, past the check that it is not negative): a count
 * silently changed is a figure the diagnosis then rests on. Likewise it reads {@code 42} or {@code true} as the
 * text "42" or "true" (an id, a name), the number {@code 20260703} as a date 20 million days after 1970, a date
 * with a time of day or spaces around it as the date alone, and of a key given twice keeps the last. Here: numbers
 * are JSON numbers of the right kind, texts are JSON strings, dates are {@code YYYY-MM-DD} strings and nothing
 * else, and a key named twice in one object is refused. The CSV reader refuses the same numbers.
 */
@Configuration(proxyBeanMethods = false)
public class StrictNumbersConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new IsoDate()))
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, decimals -> decimals
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, booleans -> booleans
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, texts -> texts
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A date is a JSON string {@code YYYY-MM-DD}: four-digit year, no time of day, no spaces, a real day. */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            if (ISO.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // not a real day (2026-02-30): refused below
                }
            }
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
        }
    }
}
