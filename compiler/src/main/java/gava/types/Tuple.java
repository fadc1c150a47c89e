package gava.types;

import java.util.List;

/** An ordered list of variables: parameters, results, or the type of a multi-valued call. */
public final class Tuple extends Type {
  public static final Tuple EMPTY = new Tuple(List.of());
  public final List<Var> vars;

  public Tuple(List<Var> vars) {
    this.vars = vars;
  }

  public int size() {
    return vars.size();
  }

  public Type at(int i) {
    return vars.get(i).type;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < vars.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(vars.get(i).type);
    }
    return b.append(')').toString();
  }
}
