package jp.kijun.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of kijun and of the rule pack it ships (from {@code kijun/version.properties}, filled in by the
 * build), and the check of a rule pack's {@code kijun:} range such as {@code >=0.1.0 <1.0.0}.
 */
public final class KijunVersion {

    private static final Pattern BOUND = Pattern.compile("(>=|<=|>|<|=)?\\s*([0-9]+)\\.([0-9]+)\\.([0-9]+)");
    private static final Properties PROPERTIES = load();

    private KijunVersion() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "0.0.0");
    }

    public static String rulePack() {
        return PROPERTIES.getProperty("rulePack", "unknown");
    }

    /** True when {@code version} (e.g. {@code 0.1.0-SNAPSHOT}) satisfies every bound of {@code range}. */
    public static boolean satisfies(String version, String range) {
        long[] actual = parts(version);
        Matcher bound = BOUND.matcher(range);
        while (bound.find()) {
            String operator = bound.group(1) == null ? "=" : bound.group(1);
            long[] limit = {Long.parseLong(bound.group(2)), Long.parseLong(bound.group(3)), Long.parseLong(bound.group(4))};
            int compared = compare(actual, limit);
            boolean ok = switch (operator) {
                case ">=" -> compared >= 0;
                case "<=" -> compared <= 0;
                case ">" -> compared > 0;
                case "<" -> compared < 0;
                default -> compared == 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static long[] parts(String version) {
        Matcher matcher = BOUND.matcher(version);
        if (!matcher.find()) {
            return new long[]{0, 0, 0};
        }
        return new long[]{Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4))};
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = KijunVersion.class.getClassLoader().getResourceAsStream("kijun/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
