package de.foyer.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: an empty, malformed or wrongly typed body is a 400 with a code,
 * so that no route ever works on half-read input.
 */
public final class Bodies {

    private final ObjectMapper mapper;
    private final ObjectMapper exact;

    /** Stricter than the shared mapper: no numbers taken for text, no fractions cut to whole numbers, nothing after the JSON. */
    public Bodies(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        this.mapper = strict;
        this.exact = strict.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public <T> T read(Context ctx, Class<T> type) {
        return read(ctx, type, mapper);
    }

    /**
     * The same, refusing a field the type does not have: for settings that are changed field by
     * field, where a misspelt name would otherwise be dropped and the change answered as saved.
     */
    public <T> T readKnownFields(Context ctx, Class<T> type) {
        return read(ctx, type, exact);
    }

    private <T> T read(Context ctx, Class<T> type, ObjectMapper reader) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("BODY_REQUIRED", "This request needs a JSON body.");
        }
        try {
            T value = reader.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("BODY_REQUIRED", "This request needs a JSON object.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("UNKNOWN_FIELD", "There is no field '" + e.getPropertyName() + "' in this request; it takes "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ".");
        } catch (JsonMappingException e) {
            // Valid JSON, a value of the wrong kind: name where it is, so that the caller need not guess.
            String field = e.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            throw ApiException.badRequest("MALFORMED_JSON", field.isEmpty() ? "The request body is not valid JSON of the expected shape."
                    : "The field '" + field + "' does not hold a value of the expected kind" + expected(e) + ".");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("MALFORMED_JSON", "The request body is not valid JSON of the expected shape.");
        } catch (IOException e) {
            throw ApiException.badRequest("BAD_REQUEST", "The request body could not be read.");
        }
    }

    /** What the field takes, where Jackson says: a time with its offset is the usual stumble. */
    private static String expected(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            if (type == java.time.OffsetDateTime.class) {
                return " (a time with its offset, like 2026-12-08T11:00:00+01:00)";
            }
            if (type == java.time.LocalDate.class) {
                return " (a day, like 2026-12-08)";
            }
            return " (" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        return "";
    }

    /** The body if one was sent, else the given default: for operations whose body is optional. */
    public <T> T readOptional(Context ctx, Class<T> type, T fallback) {
        return ctx.bodyAsBytes().length == 0 ? fallback : read(ctx, type);
    }
}
