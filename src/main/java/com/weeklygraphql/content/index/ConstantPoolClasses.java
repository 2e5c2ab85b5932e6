package com.weeklygraphql.content.index;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.asm.ClassReader;

/**
 * The classes a compiled class names in its constant pool: what it instantiates, calls, reads, casts to or names
 * as a literal (class entries), and the types in the descriptors of what it calls (name-and-type and method-type
 * entries). Code in another class can only run when one of these leads to it, so following them from a class finds
 * all the code it may run (reflection aside).
 */
final class ConstantPoolClasses {

    private static final int CLASS = 7;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_TYPE = 16;
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    private ConstantPoolClasses() {
    }

    /** Internal names (with slashes); array types give their element type. */
    static Set<String> of(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> names = new TreeSet<>();
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset == 0) {
                continue; // the unused slot after a long or a double
            }
            switch (reader.readByte(offset - 1)) {
                case CLASS -> {
                    String name = reader.readUTF8(offset, buffer);
                    if (name.startsWith("[")) {
                        addDescriptorTypes(name, names);
                    } else {
                        names.add(name);
                    }
                }
                case NAME_AND_TYPE -> addDescriptorTypes(reader.readUTF8(offset + 2, buffer), names);
                case METHOD_TYPE -> addDescriptorTypes(reader.readUTF8(offset, buffer), names);
                default -> {
                    // numbers, strings, member references (their class and descriptor have entries of their own)
                }
            }
        }
        return names;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> names) {
        Matcher matcher = TYPE_IN_DESCRIPTOR.matcher(descriptor);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }
}
