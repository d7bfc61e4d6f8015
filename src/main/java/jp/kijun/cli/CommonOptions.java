package jp.kijun.cli;

import jp.kijun.catalog.Language;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

    @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja",
            description = "Language of console text: ja (default) or en (kijun's own translation).",
            converter = LanguageConverter.class)
    Language language;

    @Option(names = "--debug", description = "Print stack traces for internal errors.")
    boolean debug;

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected ja or en, got '" + value + "'");
            }
        }
    }
}
