package io.retort.script;

import io.retort.RetortException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds the package, the {@code @Revision} header and the annotated class in a token stream. */
final class HeaderParser {
    record Result(String packageName, RevisionHeader header) {}

    private enum Shape { STRING, ARRAY, BOOLEAN }

    private enum Attribute {
        ID("id", Shape.STRING),
        DOWN("down", Shape.ARRAY),
        BRANCH_LABELS("branchLabels", Shape.ARRAY),
        DEPENDS_ON("dependsOn", Shape.ARRAY),
        MESSAGE("message", Shape.STRING),
        CREATED("created", Shape.STRING),
        TRANSACTIONAL("transactional", Shape.BOOLEAN);

        final String javaName;
        final Shape shape;

        Attribute(String javaName, Shape shape) {
            this.javaName = javaName;
            this.shape = shape;
        }

        String mustBe() {
            return switch (shape) {
                case STRING -> "@Revision " + javaName + " must be a string literal";
                case ARRAY -> "@Revision " + javaName + " must be a string literal or {...} of string literals";
                case BOOLEAN -> "@Revision " + javaName + " must be true or false";
            };
        }
    }

    private final JavaTokens t;
    private final String stem;
    private final Map<Attribute, Object> values = new EnumMap<>(Attribute.class);
    private final Map<Attribute, Integer> lines = new EnumMap<>(Attribute.class);
    private String packageName = "";
    private int annotationLine = -1;

    HeaderParser(JavaTokens tokens, String stem) {
        this.t = tokens;
        this.stem = stem;
    }

    Result parse() {
        int depth = 0;
        int i = 0;
        while (i < t.count()) {
            if (t.isSymbol(i, '{')) {
                depth++;
                i++;
            } else if (t.isSymbol(i, '}')) {
                depth--;
                i++;
            } else if (depth == 0 && t.is(i, "package") && t.isKind(i, JavaTokens.Kind.IDENTIFIER)) {
                i = packageDeclaration(i + 1);
            } else if (t.isSymbol(i, '@') && revisionNameEnd(i + 1) > 0) {
                if (annotationLine > 0) {
                    throw t.error(i, "a second @Revision (the first is on line " + annotationLine
                            + "); a revision file holds one revision");
                }
                if (depth != 0) {
                    throw t.error(i, "@Revision must annotate the file's top-level public class");
                }
                annotationLine = t.line(i);
                i = annotatedClass(annotation(i, revisionNameEnd(i + 1)), publicBefore(i));
            } else {
                i++;
            }
        }
        if (annotationLine < 0) {
            throw t.errorAtLine(1, "no @Revision header; a revision file's public class starts with"
                    + " @Revision(id = \"...\", down = {...})");
        }
        return new Result(packageName, header());
    }

    private int packageDeclaration(int i) {
        StringBuilder name = new StringBuilder();
        while (i < t.count() && !t.isSymbol(i, ';')) {
            name.append(t.text(i));
            i++;
        }
        packageName = name.toString();
        return i + 1;
    }

    /** The index after {@code Revision} or {@code io.retort.Revision} starting at {@code i}, or -1. */
    private int revisionNameEnd(int i) {
        int end;
        if (t.is(i, "Revision")) {
            end = i + 1;
        } else if (t.is(i, "io") && t.isSymbol(i + 1, '.') && t.is(i + 2, "retort")
                && t.isSymbol(i + 3, '.') && t.is(i + 4, "Revision")) {
            end = i + 5;
        } else {
            return -1;
        }
        return t.isSymbol(end, '.') ? -1 : end;
    }

    /** Parses {@code (name = value, ...)} from {@code i}; returns the index after {@code )}. */
    private int annotation(int at, int i) {
        if (!t.isSymbol(i, '(') || t.isSymbol(i + 1, ')')) {
            throw t.error(at, "@Revision has no id; write @Revision(id = \"...\", down = {...})");
        }
        i++;
        while (true) {
            if (!t.isKind(i, JavaTokens.Kind.IDENTIFIER) || !t.isSymbol(i + 1, '=')) {
                throw t.error(i, t.isString(i)
                        ? "@Revision takes named attributes: @Revision(id = \"...\", down = {...})"
                        : "expected name = value in @Revision, found '" + t.text(i) + "'");
            }
            Attribute attribute = attribute(i);
            i += 2;
            lines.put(attribute, t.line(i));
            i = value(attribute, i);
            if (t.isSymbol(i, ')')) {
                return i + 1;
            }
            if (!t.isSymbol(i, ',')) {
                throw t.error(i, "expected , or ) after the value of @Revision " + attribute.javaName
                        + ", found '" + t.text(i) + "'");
            }
            i++;
        }
    }

    private Attribute attribute(int i) {
        String name = t.text(i);
        Attribute attribute = Arrays.stream(Attribute.values())
                .filter(a -> a.javaName.equals(name))
                .findFirst()
                .orElseThrow(() -> t.error(i, "unknown @Revision attribute '" + name + "'; known: "
                        + Arrays.stream(Attribute.values()).map(a -> a.javaName).collect(Collectors.joining(", "))));
        if (values.containsKey(attribute)) {
            throw t.error(i, "@Revision " + name + " is given twice");
        }
        return attribute;
    }

    private int value(Attribute attribute, int i) {
        switch (attribute.shape) {
            case BOOLEAN -> {
                if (!t.is(i, "true") && !t.is(i, "false")) {
                    throw t.error(i, attribute.mustBe());
                }
                values.put(attribute, t.is(i, "true"));
                return i + 1;
            }
            case STRING -> {
                StringBuilder value = new StringBuilder();
                i = string(attribute, i, value);
                values.put(attribute, value.toString());
                return i;
            }
            default -> {
                List<String> list = new ArrayList<>();
                values.put(attribute, list);
                return t.isSymbol(i, '{') ? array(attribute, i + 1, list) : element(attribute, i, list);
            }
        }
    }

    /** The elements of {@code {...}} after the brace; returns the index after {@code }}. */
    private int array(Attribute attribute, int i, List<String> list) {
        if (t.isSymbol(i, ',') && t.isSymbol(i + 1, '}')) {
            return i + 2;
        }
        while (!t.isSymbol(i, '}')) {
            i = element(attribute, i, list);
            if (t.isSymbol(i, ',')) {
                i++;
            } else if (!t.isSymbol(i, '}')) {
                throw t.error(i, "expected , or } in @Revision " + attribute.javaName + ", found '" + t.text(i) + "'");
            }
        }
        return i + 1;
    }

    private int element(Attribute attribute, int i, List<String> list) {
        StringBuilder value = new StringBuilder();
        int end = string(attribute, i, value);
        list.add(value.toString());
        return end;
    }

    /** A string literal, or literals joined with {@code +}; returns the index after the last one. */
    private int string(Attribute attribute, int i, StringBuilder value) {
        while (true) {
            if (!t.isString(i)) {
                throw t.error(i, attribute.mustBe());
            }
            try {
                value.append(JavaLiterals.value(t.text(i)));
            } catch (IllegalArgumentException e) {
                throw t.error(i, "bad string in @Revision " + attribute.javaName + ": " + e.getMessage());
            }
            if (!t.isSymbol(i + 1, '+')) {
                return i + 1;
            }
            i += 2;
        }
    }

    /** True when modifiers before the annotation ({@code public @Revision(...) class}) hold {@code public}. */
    private boolean publicBefore(int at) {
        for (int i = at - 1; i >= 0 && t.isKind(i, JavaTokens.Kind.IDENTIFIER); i--) {
            if (t.is(i, "public")) {
                return true;
            }
        }
        return false;
    }

    /** Checks the class the annotation is on; returns the index after its name. */
    private int annotatedClass(int i, boolean isPublic) {
        int parens = 0;
        for (; i < t.count(); i++) {
            if (t.isSymbol(i, '(')) {
                parens++;
            } else if (t.isSymbol(i, ')')) {
                parens--;
            } else if (parens > 0) {
                continue;
            } else if (t.is(i, "public")) {
                isPublic = true;
            } else if (t.is(i, "class") && t.isKind(i + 1, JavaTokens.Kind.IDENTIFIER)) {
                return checkedClass(i + 1, isPublic);
            } else if (t.is(i, "interface") || t.is(i, "enum")
                    || (t.is(i, "record") && t.isKind(i + 1, JavaTokens.Kind.IDENTIFIER) && t.isSymbol(i + 2, '('))) {
                throw t.error(i, "@Revision must annotate a class, not " + (t.is(i, "record") ? "a " : "an ") + t.text(i));
            } else if (t.isSymbol(i, '{') || t.isSymbol(i, ';')) {
                break;
            }
        }
        throw t.errorAtLine(annotationLine, "@Revision must annotate the file's public class");
    }

    private int checkedClass(int name, boolean isPublic) {
        String className = t.text(name);
        if (!className.equals(stem)) {
            throw t.error(name, "class " + className + " must be named " + stem + ", like its file (or rename the file)");
        }
        if (!isPublic) {
            throw t.error(name, "class " + className + " must be public");
        }
        return name + 1;
    }

    @SuppressWarnings("unchecked")
    private RevisionHeader header() {
        String id = (String) values.get(Attribute.ID);
        if (id == null) {
            throw t.errorAtLine(annotationLine, "@Revision has no id; add id = \"...\"");
        }
        check(Attribute.ID, List.of(id));
        List<String> down = (List<String>) values.getOrDefault(Attribute.DOWN, List.of());
        List<String> labels = (List<String>) values.getOrDefault(Attribute.BRANCH_LABELS, List.of());
        List<String> dependsOn = (List<String>) values.getOrDefault(Attribute.DEPENDS_ON, List.of());
        check(Attribute.DOWN, down);
        check(Attribute.BRANCH_LABELS, labels);
        check(Attribute.DEPENDS_ON, dependsOn);
        return new RevisionHeader(id, down, labels, dependsOn,
                (String) values.getOrDefault(Attribute.MESSAGE, ""),
                (String) values.getOrDefault(Attribute.CREATED, ""),
                (Boolean) values.getOrDefault(Attribute.TRANSACTIONAL, true));
    }

    private void check(Attribute attribute, List<String> ids) {
        for (String id : ids) {
            if (!RevisionIds.isValid(id)) {
                throw t.errorAtLine(lines.get(attribute), RevisionIds.problem("@Revision " + attribute.javaName, id));
            }
        }
    }
}
