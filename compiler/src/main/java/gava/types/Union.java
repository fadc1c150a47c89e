package gava.types;

import java.util.List;

/** A union of type terms in a constraint: {@code ~int | string}. */
public final class Union extends Type {
  public record Term(boolean tilde, Type type) {}

  public final List<Term> terms;

  public Union(List<Term> terms) {
    this.terms = terms;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) b.append(" | ");
      if (terms.get(i).tilde()) b.append('~');
      b.append(terms.get(i).type());
    }
    return b.toString();
  }
}
