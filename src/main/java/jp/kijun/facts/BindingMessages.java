package jp.kijun.facts;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns a failure to bind a valid-looking entry to its record — in practice a number too large for its field — into
 * the path of the field and one line that says what was expected, without Jackson's internals.
 */
final class BindingMessages {

    private BindingMessages() {
    }

    /** The JSON Pointer, relative to the entry, of the field that could not be bound: {@code /lockout/threshold}. */
    static String pointerOf(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(LocatedTreeReader.escape(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    static String describe(JsonMappingException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof InputCoercionException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InputCoercionException coercion) {
            String type = coercion.getTargetType() == null ? "number" : coercion.getTargetType().getSimpleName();
            String range = switch (type) {
                case "int", "Integer" -> "from -2147483648 to 2147483647";
                case "long", "Long" -> "from -9223372036854775808 to 9223372036854775807";
                default -> "in range";
            };
            return "the number is too large; expected a whole number " + range;
        }
        String message = e.getOriginalMessage() == null ? "unreadable value" : e.getOriginalMessage().strip();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline).strip()) + "; expected a value of the schema's type";
    }
}
