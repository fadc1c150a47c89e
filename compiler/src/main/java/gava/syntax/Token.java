package gava.syntax;

/** Go's tokens: literals, operators, delimiters and keywords, with their source spelling. */
public enum Token {
  EOF("EOF"),
  NAME("name"),
  LITERAL("literal"),

  // operators (binary and unary)
  ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
  AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
  LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
  EQL("=="), LSS("<"), GTR(">"), NOT("!"), NEQ("!="), LEQ("<="), GEQ(">="), TILDE("~"),

  // assignment
  ASSIGN("="), DEFINE(":="),
  ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
  AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
  AND_NOT_ASSIGN("&^="),

  // delimiters
  LPAREN("("), LBRACK("["), LBRACE("{"), RPAREN(")"), RBRACK("]"), RBRACE("}"),
  COMMA(","), PERIOD("."), SEMICOLON(";"), COLON(":"), ELLIPSIS("..."),

  // keywords
  BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"),
  DEFAULT("default"), DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"),
  FUNC("func"), GO("go"), GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"),
  MAP("map"), PACKAGE("package"), RANGE("range"), RETURN("return"), SELECT("select"),
  STRUCT("struct"), SWITCH("switch"), TYPE("type"), VAR("var");

  public final String text;

  Token(String text) {
    this.text = text;
  }

  public boolean isKeyword() {
    return ordinal() >= BREAK.ordinal();
  }

  /** For an op-assignment token ({@code +=}), the binary operator ({@code +}); else null. */
  public Token assignOp() {
    return switch (this) {
      case ADD_ASSIGN -> ADD; case SUB_ASSIGN -> SUB; case MUL_ASSIGN -> MUL; case QUO_ASSIGN -> QUO;
      case REM_ASSIGN -> REM; case AND_ASSIGN -> AND; case OR_ASSIGN -> OR; case XOR_ASSIGN -> XOR;
      case SHL_ASSIGN -> SHL; case SHR_ASSIGN -> SHR; case AND_NOT_ASSIGN -> AND_NOT;
      default -> null;
    };
  }

  /** Binary operator precedence per the spec (5 highest), 0 for non-binary tokens. */
  public int precedence() {
    return switch (this) {
      case LOR -> 1;
      case LAND -> 2;
      case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
      case ADD, SUB, OR, XOR -> 4;
      case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
      default -> 0;
    };
  }
}
