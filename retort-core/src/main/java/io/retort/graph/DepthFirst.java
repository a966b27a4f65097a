package io.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Iterative depth-first post-order over parents: every revision comes after the parents it
 * reaches, so the order is an upgrade order. Iterative so 10,000-revision chains cannot overflow
 * the stack.
 */
final class DepthFirst {
    private DepthFirst() {}

    private static final class Frame {
        final String id;
        final List<String> parents;
        int next;

        Frame(String id, List<String> parents) {
            this.id = id;
            this.parents = parents;
        }
    }

    /**
     * Visits {@code roots} in order and, before each revision, its {@code parents} in order;
     * revisions {@code include} rejects are neither emitted nor entered.
     *
     * @param onCycle builds the error for a cycle, given its path in upgrade direction
     *                ({@code a, b, a}: b names a, a names b)
     */
    static List<String> postOrder(Iterable<String> roots, Function<String, List<String>> parents,
                                  Predicate<String> include,
                                  Function<List<String>, RuntimeException> onCycle) {
        List<String> out = new ArrayList<>();
        Map<String, Boolean> finished = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (String root : roots) {
            if (!include.test(root) || finished.containsKey(root)) {
                continue;
            }
            finished.put(root, false);
            stack.push(new Frame(root, parents.apply(root)));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                if (top.next == top.parents.size()) {
                    stack.pop();
                    finished.put(top.id, true);
                    out.add(top.id);
                    continue;
                }
                String parent = top.parents.get(top.next++);
                if (!include.test(parent)) {
                    continue;
                }
                Boolean done = finished.get(parent);
                if (done == null) {
                    finished.put(parent, false);
                    stack.push(new Frame(parent, parents.apply(parent)));
                } else if (!done) {
                    throw onCycle.apply(cycle(stack, parent));
                }
            }
        }
        return out;
    }

    private static List<String> cycle(Deque<Frame> stack, String closing) {
        List<String> path = new ArrayList<>(List.of(closing));
        for (Frame frame : stack) {
            if (frame.id.equals(closing)) {
                break;
            }
            path.add(frame.id);
        }
        path.add(closing);
        return path;
    }
}
