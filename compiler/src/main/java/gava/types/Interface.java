package gava.types;

import java.util.ArrayList;
import java.util.List;

/**
 * An interface type: explicitly declared methods and embedded elements (interfaces, or type terms
 * and unions in constraints). {@link #allMethods} is the method set after embedding, sorted by name;
 * computed by the checker.
 */
public final class Interface extends Type {
  public final List<Func> methods;
  public final List<Type> embeddeds;
  public List<Func> allMethods = new ArrayList<>();
  /** True for comparable or when embedding it (constraint only). */
  public boolean comparable;
  /** True for the implicit interface of a constraint written as a bare union or type ({@code [T ~int]}). */
  public boolean implicit;
  /** Computed by the checker: true once allMethods (and the type terms) are complete. */
  public boolean complete;
  /** Computed by the checker for constraints: the union of type terms (null = all types). */
  public List<Union.Term> terms;

  public Interface(List<Func> methods, List<Type> embeddeds) {
    this.methods = methods;
    this.embeddeds = embeddeds;
  }

  public boolean isEmpty() {
    return allMethods.isEmpty() && (complete ? terms == null : embeddeds.isEmpty()) && !comparable;
  }

  @Override
  public String toString() {
    if (methods.isEmpty() && embeddeds.isEmpty()) return comparable ? "comparable" : "interface {}";
    StringBuilder b = new StringBuilder("interface {");
    String sep = " ";
    for (Type e : embeddeds) { b.append(sep).append(e); sep = "; "; }
    for (Func m : methods) { b.append(sep).append(m.name).append(m.type.toString().substring(4)); sep = "; "; }
    return b.append(" }").toString();
  }
}
