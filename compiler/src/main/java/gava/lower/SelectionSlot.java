package gava.lower;

import gava.syntax.Expr;

/** Access to the checker's recorded selection of a selector ({@code Expr.Selector.selection}). */
final class SelectionSlot {
  private SelectionSlot() {}

  static Object get(Expr.Selector s) {
    return s.selection;
  }
}
