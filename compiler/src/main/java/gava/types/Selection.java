package gava.types;

import java.util.List;

/**
 * What a selector {@code x.f} denotes (stored in {@code Expr.Selector.selection}).
 *
 * <ul>
 *   <li>{@code kind}: FIELD ({@code x.f} a struct field), METHOD_VALUE ({@code x.m}, x a value),
 *       METHOD_EXPR ({@code T.m}, T a type), QUALIFIED ({@code pkg.Name}).
 *   <li>{@code obj}: the field Var, the method Func, or the imported object.
 *   <li>{@code recv}: the type of x (for METHOD_EXPR the type T); null for QUALIFIED.
 *   <li>{@code path}: field indices from x's (dereferenced) struct through embedded fields; for a
 *       field the last entry is the field's own index, for a method the last entry is the method's
 *       index in its Named type's (or interface's allMethods) list and the entries before it are
 *       the embedded fields leading to the receiver.
 *   <li>{@code indirect}: a pointer was dereferenced on the way (x itself a pointer, or an embedded
 *       pointer field on the path).
 *   <li>{@code addressed}: the method has a pointer receiver but the final receiver (x, or the
 *       embedded field) is a value: its address is taken implicitly ({@code (&x).m}).
 *   <li>{@code derefRecv}: the method has a value receiver but the final receiver is a pointer:
 *       it is dereferenced implicitly ({@code (*p).m}).
 * </ul>
 */
public record Selection(Kind kind, Type recv, Obj obj, List<Integer> path, boolean indirect, boolean addressed, boolean derefRecv) {
  public enum Kind { FIELD, METHOD_VALUE, METHOD_EXPR, QUALIFIED }
}
