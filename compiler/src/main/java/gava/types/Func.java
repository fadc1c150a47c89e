package gava.types;

import gava.syntax.Decl;
import gava.syntax.Pos;

/** A declared function or method (type is its Signature); decl is null for interface methods. */
public final class Func extends Obj {
  public Decl.Func decl;
  /** For a method of an instantiated generic type: the generic method it was substituted from. */
  public Func origin;

  public Func(Pos pos, Package pkg, String name, Signature sig) {
    super(pos, pkg, name, sig);
  }

  public Signature sig() {
    return (Signature) type;
  }

  /** Is this a method (has a receiver)? */
  public boolean isMethod() {
    return type instanceof Signature s && s.recv != null;
  }
}
