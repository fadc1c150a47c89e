/**
 * Syntax: Go source text to syntax trees.
 *
 * <p>Owns positions ({@link gava.syntax.Pos}), diagnostics ({@link gava.syntax.Diagnostics}), the
 * scanner, the parser and the tree node classes ({@link gava.syntax.Expr}, {@link gava.syntax.Stmt},
 * {@link gava.syntax.Decl}, {@link gava.syntax.File}). The parser accepts the whole Go 1.24 grammar,
 * generics included, and reports syntax errors with gc's wording; it never throws on bad input.
 * {@link gava.syntax.Parser} is the entry point; its productions are split by concept along a chain
 * of package-private base classes (ParserPositions, ParserBase, ParserTypes, ParserParams,
 * ParserExprs, ParserStmts), Parser itself holding source files and declarations.
 * {@link gava.syntax.TreeCopy} deep-copies a tree, its annotations carried over through hooks
 * (monomorphisation rewrites them).
 *
 * <p>Must not touch: types, lowering, code generation or the runtime. Tree nodes carry two mutable
 * slots that later stages fill ({@code Expr.type}/{@code Expr.value}, {@code Name.obj}); this package
 * declares them as plain {@code Object} so it depends on nothing downstream.
 */
package gava.syntax;
