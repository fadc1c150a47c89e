package gava.types;

/**
 * A Go type. Kinds are the nested classes of the spec's type kinds. Identity of unnamed types is
 * structural ({@link Types#identical}); Named types are identical only to themselves (or, for
 * instantiations, to the same origin with identical type arguments).
 */
public abstract sealed class Type
    permits Basic, Pointer, Array, Slice, MapType, Chan, Struct, Signature, Tuple, Interface, Named, TypeParam, Union {

  /** The underlying type (spec "Underlying types"): itself for all but Named and TypeParam. */
  public Type underlying() {
    return this;
  }

  /** Go spelling of the type as gc prints it in diagnostics and panics (package-qualified names). */
  @Override
  public abstract String toString();
}
