package io.retort.script.authoring;

import io.retort.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision template ({@code script.java.tmpl}): text with {@code ${name}} placeholders. Lines
 * starting with {@code ##} are template comments; a line of nothing but placeholders that are all
 * empty disappears; a multi-line value is indented like its placeholder's line; {@code $${} is a
 * literal {@code ${}.
 */
record ScriptTemplate(String origin, String text) {
    static final List<String> PLACEHOLDERS = List.of("package", "imports", "class_name", "id", "down",
            "branch_labels", "depends_on", "message", "created", "upgrades", "downgrades");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\$?)\\{([^}]*)}");

    ScriptTemplate {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (isComment(lines[i])) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            while (m.find()) {
                if (m.group(1).isEmpty() && !PLACEHOLDERS.contains(m.group(2))) {
                    throw new RetortException(origin + ":" + (i + 1) + ": unknown placeholder ${" + m.group(2)
                            + "}; known: ${" + String.join("} ${", PLACEHOLDERS) + "}");
                }
            }
        }
    }

    private static boolean isComment(String line) {
        return line.stripLeading().startsWith("##");
    }

    /** The filled template; {@code values} holds every placeholder. */
    String fill(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (isComment(line)) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            Matcher m = PLACEHOLDER.matcher(line);
            boolean onlyPlaceholders = m.replaceAll("").isBlank() && m.reset().find();
            String filled = m.reset().replaceAll(p -> Matcher.quoteReplacement(p.group(1).isEmpty()
                    ? values.get(p.group(2)).replace("\n", "\n" + indent)
                    : "${" + p.group(2) + "}"));
            if (!(onlyPlaceholders && filled.isBlank())) {
                for (String filledLine : filled.split("\n", -1)) {
                    out.add(filledLine.stripTrailing());
                }
            }
        }
        return String.join("\n", out);
    }
}
