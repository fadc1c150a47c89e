package gava.codegen;

import gava.syntax.Node;
import gava.syntax.Pos;

/** Thrown inside a function's compilation for a construct code generation does not support yet. */
final class NotSupported extends RuntimeException {
  final Pos pos;

  NotSupported(Node at, String construct) {
    super(construct + " not supported yet", null, false, false);
    this.pos = at == null ? null : at.pos;
  }
}
