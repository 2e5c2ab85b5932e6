package com.weeklygraphql.content.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/** Walks of the markdown tree, iterative: a deeply nested document must not overflow the stack. */
final class Tree {

    private Tree() {
    }

    /** Every node under the root, in document order (the root excluded). */
    static List<Node> descendants(Node root) {
        List<Node> nodes = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            nodes.add(node);
            node = next(node, root, true);
        }
        return nodes;
    }

    /**
     * The node after this one in document order, never leaving the root: its first child when {@code descend},
     * else its next sibling or the next sibling of the nearest ancestor that has one.
     */
    static Node next(Node node, Node root, boolean descend) {
        if (descend && node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node climb = node;
        while (climb != null && climb != root && climb.getNext() == null) {
            climb = climb.getParent();
        }
        return climb == null || climb == root ? null : climb.getNext();
    }
}
