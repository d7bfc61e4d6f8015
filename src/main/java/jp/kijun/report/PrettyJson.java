package jp.kijun.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/** How the JSON formats are written: two-space indent, LF line ends on every platform, a final newline. */
final class PrettyJson {

    private static final ObjectWriter WRITER = writer(JsonMapper.builder());

    /** A writer of the same layout from a mapper configured otherwise (SARIF's mix-ins). */
    static ObjectWriter writer(JsonMapper.Builder mapper) {
        return mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build()
                .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }

    private PrettyJson() {
    }

    static void write(Object value, Writer out) throws IOException {
        WRITER.writeValue(out, value);
        out.write("\n");
        out.flush();
    }
}
