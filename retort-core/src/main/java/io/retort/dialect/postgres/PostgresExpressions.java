package io.retort.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQL expressions in one spelling, for comparison: tokens separated by one space, key words and
 * bare names in lower case, casts ({@code ::type}) dropped, parentheses that change nothing
 * dropped ({@code ((a > 0) AND (b > 0))} → {@code a > 0 and b > 0}), quotes dropped from names
 * that need none. A reading of tokens, not a parse: good for defaults, checks and index conditions.
 */
final class PostgresExpressions {
    private PostgresExpressions() {}

    /** Words that continue a multi-word type name after {@code ::}. */
    private static final Set<String> TYPE_TAIL = Set.of("precision", "varying", "with", "without", "time", "zone");
    /** Words before a parenthesis that are not a function call: the parenthesis is grouping. */
    private static final Set<String> GROUPING = Set.of("and", "or", "not", "when", "then", "else", "case", "where");

    /** Words followed by a space before a parenthesis, though it is theirs: {@code x in (1, 2)}. */
    private static final Set<String> SPACED = Set.of("in", "any", "all", "some", "values", "array");

    private record Token(String text, boolean word) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    static String normal(String expression) {
        List<Token> tokens = inAsAny(dropCasts(tokens(expression)));
        boolean changed = true;
        while (changed) {
            changed = dropParentheses(tokens);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token previous = i == 0 ? null : tokens.get(i - 1);
            boolean tight = previous == null || previous.is("(") || previous.is("[") || previous.is(".")
                    || t.is(")") || t.is("]") || t.is("[") || t.is(",") || t.is(".")
                    || t.is("(") && previous.word() && !GROUPING.contains(previous.text()) && !SPACED.contains(previous.text())
                    || previous.is("-") && unary(tokens, i - 1);
            out.append(tight ? "" : " ").append(t.text());
        }
        return out.toString();
    }

    private static boolean unary(List<Token> tokens, int minus) {
        if (minus == 0) {
            return true;
        }
        Token before = tokens.get(minus - 1);
        return !before.word() && !before.is(")") && !before.text().startsWith("'");
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || (c == 'E' || c == 'e') && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                int start = i;
                i = c == '\'' ? i + 1 : i + 2;
                while (i < s.length()) {
                    if (s.charAt(i) == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                        i += 2;
                    } else if (s.charAt(i) == '\\' && c != '\'' && i + 1 < s.length()) {
                        i += 2;
                    } else if (s.charAt(i) == '\'') {
                        i++;
                        break;
                    } else {
                        i++;
                    }
                }
                out.add(new Token(s.substring(start, i), false));
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                end = end < 0 ? s.length() : end + 1;
                String inner = s.substring(i + 1, Math.max(i + 1, end - 1));
                out.add(new Token(PostgresNaming.isBare(inner) ? inner : s.substring(i, end), true));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$'
                        || s.charAt(i) == '.' && Character.isDigit(c))) {
                    i++;
                }
                out.add(new Token(s.substring(start, i).toLowerCase(Locale.ROOT), !Character.isDigit(c)));
            } else if ("()[],.;".indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), false));
                i++;
            } else {
                int start = i;
                while (i < s.length() && "+-*/<>=~!@#%^&|`?:".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), false));
            }
        }
        return out;
    }

    /** Drops {@code ::type}, with a schema, multi-word names, modifiers and array brackets. */
    private static List<Token> dropCasts(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("::")) {
                out.add(tokens.get(i));
                continue;
            }
            i++;
            if (i + 2 < tokens.size() && tokens.get(i + 1).is(".")) {
                i += 2;
            }
            while (i + 1 < tokens.size() && tokens.get(i + 1).word() && TYPE_TAIL.contains(tokens.get(i + 1).text())) {
                i++;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                int close = closing(tokens, i + 1);
                i = close;
            }
            while (i + 2 < tokens.size() && tokens.get(i + 1).is("[") && tokens.get(i + 2).is("]")) {
                i += 2;
            }
        }
        return out;
    }

    /**
     * {@code x IN (a, b)} as PostgreSQL stores it, {@code x = ANY (ARRAY[a, b])}, and {@code NOT IN}
     * as {@code <> ALL (...)}; a subquery ({@code IN (SELECT ...)}) stays.
     */
    private static List<Token> inAsAny(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean list = t.is("in") && i + 2 < tokens.size() && tokens.get(i + 1).is("(") && !tokens.get(i + 2).is("select");
            if (!list) {
                out.add(t);
                continue;
            }
            boolean not = !out.isEmpty() && out.get(out.size() - 1).is("not");
            if (not) {
                out.remove(out.size() - 1);
            }
            int close = closing(tokens, i + 1);
            out.add(new Token(not ? "<>" : "=", false));
            out.add(new Token(not ? "all" : "any", true));
            out.add(new Token("(", false));
            out.add(new Token("array", true));
            out.add(new Token("[", false));
            out.addAll(tokens.subList(i + 2, close));
            out.add(new Token("]", false));
            out.add(new Token(")", false));
            i = close;
        }
        return out;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Removes one pair of parentheses that changes nothing; true when it did. */
    private static boolean dropParentheses(List<Token> tokens) {
        for (int open = 0; open < tokens.size(); open++) {
            if (!tokens.get(open).is("(")) {
                continue;
            }
            Token before = open == 0 ? null : tokens.get(open - 1);
            if (before != null && before.word() && !GROUPING.contains(before.text())) {
                continue; // a function call's or IN's parentheses
            }
            int close = closing(tokens, open);
            Token after = close + 1 < tokens.size() ? tokens.get(close + 1) : null;
            List<Token> inside = tokens.subList(open + 1, close);
            if (!inside.isEmpty() && removable(before, after, inside)) {
                tokens.remove(close);
                tokens.remove(open);
                return true;
            }
        }
        return false;
    }

    /** The operators outside any parentheses of {@code inside}. */
    private static List<String> topLevel(List<Token> inside) {
        List<String> operators = new ArrayList<>();
        int depth = 0;
        for (Token t : inside) {
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0 && (t.is(",") || t.is("and") || t.is("or") || t.is("not") || !t.word() && !t.text().startsWith("'")
                    && !Character.isDigit(t.text().charAt(0)))) {
                operators.add(t.text());
            }
        }
        return operators;
    }

    private static boolean removable(Token before, Token after, List<Token> inside) {
        List<String> operators = topLevel(inside);
        if (operators.isEmpty() || operators.equals(List.of("."))) {
            return true; // one operand: a name, a literal, a call
        }
        if (operators.contains(",")) {
            return false;
        }
        boolean edgeBefore = before == null || before.is("(") || before.is(",") || before.is("and") || before.is("or");
        boolean edgeAfter = after == null || after.is(")") || after.is(",") || after.is("and") || after.is("or");
        if (!edgeBefore || !edgeAfter) {
            return false;
        }
        if (operators.contains("or")) {
            return !(before != null && before.is("and")) && !(after != null && after.is("and"));
        }
        return true;
    }
}
