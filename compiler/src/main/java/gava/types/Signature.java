package gava.types;

import java.util.List;

/** A function type. recv is the receiver variable for methods (null otherwise); variadic: last param is ...T (its type is []T). */
public final class Signature extends Type {
  public final Var recv;
  public final List<TypeParam> tparams;
  public final Tuple params, results;
  public final boolean variadic;
  /** For methods of generic types: the receiver's type parameters (declared by the receiver {@code T[P]}). */
  public List<TypeParam> rparams = List.of();

  public Signature(Var recv, List<TypeParam> tparams, Tuple params, Tuple results, boolean variadic) {
    this.recv = recv;
    this.tparams = tparams;
    this.params = params;
    this.results = results;
    this.variadic = variadic;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("func(");
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) b.append(", ");
      if (variadic && i == params.size() - 1) b.append("...").append(((Slice) params.at(i)).elem);
      else b.append(params.at(i));
    }
    b.append(')');
    if (results.size() == 1) b.append(' ').append(results.at(0));
    else if (results.size() > 1) b.append(' ').append(results);
    return b.toString();
  }
}
