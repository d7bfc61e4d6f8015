import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the Java records of the fact model from the fact schema, so that a fact type is written once: in the schema.
 * Run by the build before compiling ({@code pom.xml}, execution {@code fact-records}):
 * {@code java -cp CLASSPATH build/GenerateFactRecords.java SCHEMA_DIR OUTPUT_DIR}.
 *
 * <p>Every object type of {@code $defs} in part {@code P} ({@code P.schema.yaml}) becomes the record
 * {@code jp.kijun.facts.model.P.Type}, its properties the components in schema order: identifiers, texts and
 * codes are {@code String}, dates {@code jp.kijun.facts.RecordedDate}, whole numbers {@code Integer}, flags
 * {@code Boolean}, lists {@code List} (never null: an absent list is empty), other object types their record.
 * The type of a list section's entries implements {@code jp.kijun.facts.Entity} and names its section.
 */
public final class GenerateFactRecords {

    private static final String BASE_PACKAGE = "jp.kijun.facts.model";

    private final Map<String, Map<String, Object>> defs = new LinkedHashMap<>();
    private final Map<String, String> partOf = new LinkedHashMap<>();
    private final Map<String, String> sectionOf = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateFactRecords SCHEMA_DIR OUTPUT_DIR");
        }
        new GenerateFactRecords().generate(Path.of(args[0]), Path.of(args[1]));
    }

    @SuppressWarnings("unchecked")
    private void generate(Path schemaDir, Path outputDir) throws IOException {
        Map<String, Object> root = read(schemaDir.resolve("facts.schema.yaml"));
        for (Object part : (List<Object>) root.get("x-kijun-parts")) {
            Map<String, Object> partDefs = (Map<String, Object>) read(schemaDir.resolve(part + ".schema.yaml")).get("$defs");
            partDefs.forEach((name, def) -> {
                if (defs.put(name, (Map<String, Object>) def) != null) {
                    throw new IllegalStateException("schema type '" + name + "' is defined twice");
                }
                partOf.put(name, part.toString());
            });
        }
        ((Map<String, Object>) root.get("properties")).forEach((section, schema) -> {
            Map<String, Object> property = (Map<String, Object>) schema;
            if ("array".equals(property.get("type"))) {
                sectionOf.put(refName((Map<String, Object>) property.get("items")), section);
            }
        });
        deleteRecursively(outputDir.resolve(BASE_PACKAGE.replace('.', '/')));
        int written = 0;
        for (Map.Entry<String, Map<String, Object>> def : defs.entrySet()) {
            if ("object".equals(def.getValue().get("type"))) {
                write(outputDir, def.getKey(), def.getValue());
                written++;
            }
        }
        System.out.println("GenerateFactRecords: " + written + " records from " + defs.size() + " schema types");
    }

    @SuppressWarnings("unchecked")
    private void write(Path outputDir, String name, Map<String, Object> def) throws IOException {
        String pkg = BASE_PACKAGE + "." + partOf.get(name);
        TreeSet<String> imports = new TreeSet<>();
        List<String> components = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        Map<String, Object> properties = (Map<String, Object>) def.getOrDefault("properties", Map.of());
        properties.forEach((property, schema) -> {
            String type = javaType(name + "." + property, (Map<String, Object>) schema, pkg, imports);
            components.add("        " + type + " " + property);
            if (type.startsWith("List<")) {
                lists.add(property);
            }
        });
        String section = sectionOf.get(name);
        StringBuilder java = new StringBuilder();
        java.append("package ").append(pkg).append(";\n\n");
        java.append("// Generated from the fact schema (").append(partOf.get(name))
                .append(".schema.yaml) by build/GenerateFactRecords.java: change the schema, not this file.\n\n");
        if (section != null) {
            imports.add("jp.kijun.facts.Entity");
        }
        for (String type : imports) {
            java.append("import ").append(type).append(";\n");
        }
        if (!imports.isEmpty()) {
            java.append('\n');
        }
        java.append("/**\n * ").append(def.get("title")).append(" — ").append(def.get("x-title-en")).append(".");
        if (def.get("description") != null) {
            java.append("\n * <p>").append(escapeJavadoc(def.get("description").toString().strip()));
        }
        if (section != null) {
            java.append("\n * <p>An entry of the section {@code ").append(section).append("}.");
        }
        java.append("\n */\n");
        java.append("public record ").append(className(name)).append("(\n")
                .append(String.join(",\n", components)).append(")");
        if (section != null) {
            java.append(" implements Entity");
        }
        java.append(" {\n");
        if (!lists.isEmpty()) {
            java.append("\n    public ").append(className(name)).append(" {\n");
            for (String list : lists) {
                java.append("        ").append(list).append(" = ").append(list).append(" == null ? List.of() : List.copyOf(")
                        .append(list).append(");\n");
            }
            java.append("    }\n");
        }
        if (section != null) {
            java.append("\n    /** The section this entry belongs to. */\n");
            java.append("    public static final String SECTION = \"").append(section).append("\";\n");
            java.append("\n    @Override\n    public String section() {\n        return SECTION;\n    }\n");
        }
        java.append("}\n");
        Path file = outputDir.resolve(pkg.replace('.', '/')).resolve(className(name) + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, java.toString(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private String javaType(String where, Map<String, Object> schema, String pkg, TreeSet<String> imports) {
        String ref = refName(schema);
        if (ref != null) {
            if (ref.equals("date")) {
                imports.add("jp.kijun.facts.RecordedDate");
                return "RecordedDate";
            }
            Map<String, Object> target = defs.get(ref);
            if (target == null) {
                throw new IllegalStateException(where + ": $ref to unknown type " + ref);
            }
            if ("object".equals(target.get("type"))) {
                String targetPackage = BASE_PACKAGE + "." + partOf.get(ref);
                if (!targetPackage.equals(pkg)) {
                    imports.add(targetPackage + "." + className(ref));
                }
                return className(ref);
            }
            return javaType(where, target, pkg, imports);
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.get(combinator) instanceof List<?> alternatives) {
                String chosen = null;
                for (Object alternative : alternatives) {
                    Map<String, Object> branch = (Map<String, Object>) alternative;
                    if (branch.containsKey("const")) {
                        continue; // the explicit "none" of x-kijun-none
                    }
                    String type = javaType(where, branch, pkg, imports);
                    if (chosen != null && !chosen.equals(type)) {
                        // a date's alternative spellings (a text or a bare year) are still one date
                        throw new IllegalStateException(where + ": " + combinator + " of different types " + chosen + ", " + type);
                    }
                    chosen = type;
                }
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        Object type = schema.get("type");
        if (type == null && schema.containsKey("enum")) {
            return "String";
        }
        if (type == null) {
            throw new IllegalStateException(where + ": no type");
        }
        return switch (type.toString()) {
            case "string" -> "String";
            case "integer" -> "Integer";
            case "number" -> "Double";
            case "boolean" -> "Boolean";
            case "array" -> {
                imports.add("java.util.List");
                yield "List<" + javaType(where + "[]", (Map<String, Object>) schema.get("items"), pkg, imports) + ">";
            }
            default -> throw new IllegalStateException(where + ": an inline " + type
                    + " is not supported; define it in $defs and refer to it with $ref");
        };
    }

    private static String refName(Map<String, Object> schema) {
        Object ref = schema == null ? null : schema.get("$ref");
        if (ref == null) {
            return null;
        }
        String text = ref.toString();
        if (!text.startsWith("#/$defs/")) {
            throw new IllegalStateException("unsupported $ref " + text);
        }
        return text.substring("#/$defs/".length());
    }

    private static String className(String def) {
        return Character.toUpperCase(def.charAt(0)) + def.substring(1);
    }

    private static String escapeJavadoc(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}").replace("\n", "\n * ");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        return (Map<String, Object>) new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
