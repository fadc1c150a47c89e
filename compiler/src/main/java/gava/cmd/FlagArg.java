package gava.cmd;

/**
 * One command-line flag as the go command's flag package reads it: {@code -name}, {@code --name} or
 * {@code -name=value}; {@code value} is null when the argument has no {@code =} (a boolean flag, or
 * one whose value is the next argument).
 */
record FlagArg(String name, String value) {
  static FlagArg parse(String arg) {
    String name = arg.replaceFirst("^--?", "");
    int eq = name.indexOf('=');
    return eq < 0 ? new FlagArg(name, null) : new FlagArg(name.substring(0, eq), name.substring(eq + 1));
  }
}
