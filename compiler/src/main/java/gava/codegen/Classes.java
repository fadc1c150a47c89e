package gava.codegen;

import gava.types.Interface;
import gava.types.Named;
import gava.types.Signature;
import gava.types.Struct;
import gava.types.Tuple;
import gava.types.Type;
import gava.types.Types;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registry of the classes a program needs besides its package class, created on demand while
 * functions are compiled and generated afterwards: one class per struct type, one interface per
 * func-value JVM signature, one class per multi-result shape, field pointer classes and Zero
 * descriptors for value-type slice elements.
 */
final class Classes {
  /** A struct type's class. goType is the Named type or the unnamed Struct. */
  record StructInfo(ClassDesc cd, Type goType, Struct struct) {}

  /** A func-value interface: single abstract method {@code call} with descriptor mtd. */
  record FuncIface(ClassDesc cd, MethodTypeDesc mtd) {}

  /** A result tuple: fields r0..rn with erased descriptors. */
  record TupleInfo(ClassDesc cd, List<ClassDesc> fields) {}

  /** A pointer to a non-aggregate struct field: a PtrX subclass holding the struct object. */
  record FieldPtr(ClassDesc cd, ClassDesc owner, String field, ClassDesc fieldDesc, char kind) {}

  /**
   * The box of a type whose JVM representation does not identify it (named non-struct types,
   * pointers, slices, maps, funcs, arrays, most basic types) when its value is held in an
   * interface: field v, factory of(v).
   */
  record BoxInfo(ClassDesc cd, Type type) {}

  /** The JVM interface of a Go interface type: one abstract method $M per method (allMethods order). */
  record IfaceInfo(ClassDesc cd, Interface type, List<gava.types.Func> methods, int id) {}

  /** A Zero descriptor class (singleton field INSTANCE) for a struct or array element type. */
  record ZeroInfo(ClassDesc cd, Type type) {}

  final String prefix;
  private final gava.types.Package pkg;
  private final Map<Named, StructInfo> named = new IdentityHashMap<>();
  private final Map<String, StructInfo> unnamed = new HashMap<>();
  private final Map<String, Integer> localNameCount = new HashMap<>();
  final List<StructInfo> structs = new ArrayList<>();
  final Map<String, FuncIface> funcIfaces = new LinkedHashMap<>();
  final Map<String, TupleInfo> tuples = new LinkedHashMap<>();
  final Map<String, FieldPtr> fieldPtrs = new LinkedHashMap<>();
  final Map<String, ZeroInfo> zeros = new LinkedHashMap<>();
  final TypeKeys keys = new TypeKeys();
  final Map<String, BoxInfo> boxes = new LinkedHashMap<>();
  final Map<String, IfaceInfo> ifaces = new LinkedHashMap<>();
  /** Concrete types whose values were put into (or asserted from) interfaces, by type key. */
  final Map<String, Type> dynTypes = new LinkedHashMap<>();

  Classes(gava.types.Package pkg) {
    this.pkg = pkg;
    this.prefix = "gop/" + gava.runtime.GoNames.escape(pkg.path) + "/";
  }

  ClassDesc packageClass() {
    return ClassDesc.ofInternalName(prefix + "$Package");
  }

  private final Map<Named, String> namedClassNames = new IdentityHashMap<>();

  /** JVM class name of a named type (struct class or box): its name, local types numbered. */
  private String namedClass(Named n) {
    return namedClassNames.computeIfAbsent(n, k -> {
      String name = n.obj.name;
      // a type lives in the JVM package of the Go package declaring it
      gava.types.Package owner = n.obj.pkg != null ? n.obj.pkg : pkg;
      String pfx = owner == pkg ? prefix : Gen.prefixOf(owner);
      boolean local = n.obj.parent != null && n.obj.parent != owner.scope;
      if (n.origin != null) {
        // an instance of a generic type: its own class, numbered per generic type
        int c = localNameCount.merge(pfx + name + "\u2039", 1, Integer::sum);
        name = name + "\u2039" + c + "\u203a";
      } else if (local) {
        int c = localNameCount.merge(pfx + name, 1, Integer::sum);
        name = name + "·" + c;
      }
      return pfx + name;
    });
  }

  BoxInfo box(Type t) {
    String key = keys.key(t);
    BoxInfo bi = boxes.get(key);
    if (bi == null) {
      String name;
      if (t instanceof Named n) name = namedClass(n);
      else if (t instanceof gava.types.Pointer p && p.elem instanceof Named n) name = namedClass(n) + "·ptr";
      else if (t instanceof gava.types.Basic b) name = prefix + "$Box·" + b.kind.name().toLowerCase();
      else name = prefix + "$Box·" + (boxes.size() + 1);
      bi = new BoxInfo(ClassDesc.ofInternalName(name), t);
      boxes.put(key, bi);
    }
    return bi;
  }

  IfaceInfo iface(Interface it) {
    String key = keys.key(it);
    return ifaces.computeIfAbsent(key, k -> new IfaceInfo(ClassDesc.ofInternalName(prefix + "$Iface·" + (ifaces.size() + 1)),
        it, List.copyOf(gava.types.Lookup.methods(it)), ifaces.size() + 1));
  }

  /** Records a concrete type flowing into interfaces; returns true the first time. */
  boolean dynType(Type t) {
    return dynTypes.putIfAbsent(keys.key(t), t) == null;
  }

  ClassDesc structClass(Type t) {
    if (t instanceof Named n) {
      StructInfo si = named.get(n);
      if (si == null) {
        si = new StructInfo(ClassDesc.ofInternalName(namedClass(n)), n, (Struct) n.underlying());
        named.put(n, si);
        structs.add(si);
      }
      return si.cd();
    }
    Struct s = (Struct) Types.under(t);
    String key = keys.key(s);
    StructInfo si = unnamed.get(key);
    if (si == null) {
      si = new StructInfo(ClassDesc.ofInternalName(prefix + "$struct·" + (unnamed.size() + 1)), s, s);
      unnamed.put(key, si);
      structs.add(si);
    }
    return si.cd();
  }

  FuncIface funcIface(JvmTypes jt, Signature sig) {
    MethodTypeDesc mtd = jt.methodType(sig, false, List.of());
    String d = mtd.descriptorString();
    return funcIfaces.computeIfAbsent(d, k -> new FuncIface(ClassDesc.ofInternalName(prefix + "$Func·" + mangle(k)), mtd));
  }

  TupleInfo tuple(JvmTypes jt, Tuple t) {
    List<ClassDesc> fs = new ArrayList<>();
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      ClassDesc d = JvmTypes.erased(jt.desc(t.at(i)));
      fs.add(d);
      shape.append(d.isPrimitive() ? d.descriptorString() : "L");
    }
    String sh = shape.toString();
    return tuples.computeIfAbsent(sh, k -> new TupleInfo(ClassDesc.ofInternalName(prefix + "$Tuple·" + k), List.copyOf(fs)));
  }

  FieldPtr fieldPtr(ClassDesc owner, String field, ClassDesc fieldDesc, char kind) {
    String key = owner.descriptorString() + "." + field;
    return fieldPtrs.computeIfAbsent(key, k -> {
      String ownerName = owner.descriptorString();
      ownerName = ownerName.substring(1, ownerName.length() - 1);
      return new FieldPtr(ClassDesc.ofInternalName(ownerName + "·ptr·" + field), owner, field, fieldDesc, kind);
    });
  }

  ZeroInfo zero(Type t) {
    String key = keys.key(t);
    return zeros.computeIfAbsent(key, k -> new ZeroInfo(ClassDesc.ofInternalName(prefix + "$Zero·" + (zeros.size() + 1)), t));
  }

  static String mangle(String descriptor) {
    String m = mangle0(descriptor);
    // a class file's name must fit in a file name (255 bytes): a long one is cut and given a hash
    if (m.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 160) return m;
    return m.substring(0, 60) + "·" + String.format("%016x", longHash(descriptor));
  }

  /** A 64-bit FNV-1a hash of s (stable across runs). */
  private static long longHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static String mangle0(String descriptor) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < descriptor.length(); i++) {
      char c = descriptor.charAt(i);
      switch (c) {
        case '(' -> {}
        case ')' -> b.append('·');
        case '/' -> b.append('_');
        case ';' -> b.append('$');
        case '[' -> b.append('A');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
