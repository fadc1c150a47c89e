package gava.codegen;

import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;

/**
 * Where a local variable lives: a JVM local slot holding the value (desc), or (cell) a slot
 * holding the gava.runtime Cell whose field {@code v} is the variable.
 */
record Local(int slot, ClassDesc desc, boolean cell, char kind) {
  TypeKind tk() {
    return cell ? TypeKind.REFERENCE : TypeKind.from(desc);
  }
}
