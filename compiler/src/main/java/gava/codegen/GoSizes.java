package gava.codegen;

import gava.types.Sizes;
import gava.types.Type;

/** gc's sizes on amd64 ({@link gava.types.Sizes}), as code generation uses them (append's growth, Zero.size()). */
final class GoSizes {
  private GoSizes() {}

  static long sizeof(Type t) {
    return Sizes.sizeof(t);
  }

  static long alignof(Type t) {
    return Sizes.alignof(t);
  }

  /** Clamped to int for the runtime's Zero.size(). */
  static int sizeInt(Type t) {
    long s = sizeof(t);
    return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
  }
}
