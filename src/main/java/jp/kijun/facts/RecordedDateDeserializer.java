package jp.kijun.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;

/** Binds a date as recorded — a text such as {@code 2023-02}, or a bare year such as {@code 2021} — to a {@link RecordedDate}. */
final class RecordedDateDeserializer extends StdScalarDeserializer<RecordedDate> {

    RecordedDateDeserializer() {
        super(RecordedDate.class);
    }

    @Override
    public RecordedDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            int year = parser.getIntValue();
            if (year >= 1000 && year <= 9999) {
                return RecordedDate.year(year);
            }
        } else if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            var date = RecordedDate.parse(text);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return (RecordedDate) context.handleWeirdStringValue(RecordedDate.class, parser.getText(),
                "'%s' is not %s", parser.getText(), RecordedDate.FORMS);
    }
}
