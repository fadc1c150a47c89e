package gava.types;

import gava.syntax.Pos;

/** The built-in package unsafe (spec "Package unsafe"): the type Pointer and its functions. */
public final class Unsafe {
  private Unsafe() {}

  public static final Package PKG = new Package("unsafe", "unsafe", Universe.SCOPE);

  static {
    PKG.scope.insert(new TypeName(Pos.NONE, PKG, "Pointer", Universe.UNSAFE_POINTER));
    String[] names = {"Alignof", "Offsetof", "Sizeof", "Add", "Slice", "SliceData", "String", "StringData"};
    Builtin.Id[] ids = {Builtin.Id.ALIGNOF, Builtin.Id.OFFSETOF, Builtin.Id.SIZEOF, Builtin.Id.ADD, Builtin.Id.SLICE,
        Builtin.Id.SLICEDATA, Builtin.Id.STRING, Builtin.Id.STRINGDATA};
    for (int i = 0; i < names.length; i++) PKG.scope.insert(new Builtin(names[i], ids[i]));
  }

  /** The Go name of an unsafe function (for messages): unsafe.Sizeof etc. */
  static String name(Builtin.Id id) {
    return switch (id) {
      case ALIGNOF -> "unsafe.Alignof";
      case OFFSETOF -> "unsafe.Offsetof";
      case SIZEOF -> "unsafe.Sizeof";
      case ADD -> "unsafe.Add";
      case SLICE -> "unsafe.Slice";
      case SLICEDATA -> "unsafe.SliceData";
      case STRING -> "unsafe.String";
      case STRINGDATA -> "unsafe.StringData";
      default -> id.name().toLowerCase();
    };
  }
}
