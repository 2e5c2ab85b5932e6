package com.weeklygraphql.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** {@code Date} and {@code DateTime}: ISO-8601 text both ways, offsets kept as written in the content. */
@Configuration(proxyBeanMethods = false)
class Scalars {

    static final GraphQLScalarType DATE = scalar("Date", LocalDate.class, LocalDate::parse,
            DateTimeFormatter.ISO_LOCAL_DATE::format, "a date like 2019-08-09");
    static final GraphQLScalarType DATE_TIME = scalar("DateTime", OffsetDateTime.class, OffsetDateTime::parse,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, "a date-time with offset like 2019-08-09T16:00:00+08:00");

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring.scalar(DATE).scalar(DATE_TIME);
    }

    private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parse,
            Function<T, String> format, String expected) {
        return GraphQLScalarType.newScalar().name(name).description(expected).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value)) {
                    return format.apply(type.cast(value));
                }
                throw new CoercingSerializeException(name + " cannot serialize " + value);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                return parseText(String.valueOf(input), CoercingParseValueException::new);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parseText(text.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException(name + " must be a string: " + expected);
            }

            private <E extends RuntimeException> T parseText(String text, Function<String, E> error) {
                try {
                    return parse.apply(text);
                } catch (DateTimeParseException e) {
                    throw error.apply("'" + text + "' is not a " + name + ": write " + expected);
                }
            }
        }).build();
    }
}
