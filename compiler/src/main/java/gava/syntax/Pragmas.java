package gava.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code //go:} directives collected before a declaration, as gc's noder keeps them (its
 * {@code pragmas}): each known directive's flag and position. A declaration takes them with the
 * flags it allows ({@link #FUNC}, {@link #TYPE}, {@link #FILE}); a directive whose flag is left,
 * or one pending where no declaration follows, is reported as gc reports it: {@code misplaced
 * compiler directive}; a pending {@code go:embed} that no variable declaration takes, {@code
 * misplaced go:embed directive}. Other directives without a flag ({@code go:linkname},
 * {@code go:generate}, unknown ones) are not tracked.
 */
final class Pragmas {
  static final int NOINTERFACE = 1, NOESCAPE = 1 << 1, NORACE = 1 << 2, NOSPLIT = 1 << 3, NOINLINE = 1 << 4,
      NOCHECKPTR = 1 << 5, CGO_UNSAFE_ARGS = 1 << 6, UINTPTR_KEEPALIVE = 1 << 7, UINTPTR_ESCAPES = 1 << 8,
      SYSTEMSTACK = 1 << 9, NOWRITEBARRIER = 1 << 10, NOWRITEBARRIERREC = 1 << 11, YESWRITEBARRIERREC = 1 << 12,
      REGISTERPARAMS = 1 << 13, NOTINHEAP = 1 << 14, GO_BUILD = 1 << 15;

  /** The flags a function declaration allows (gc's funcPragmas). */
  static final int FUNC = NOINTERFACE | NOESCAPE | NORACE | NOSPLIT | NOINLINE | NOCHECKPTR | REGISTERPARAMS
      | CGO_UNSAFE_ARGS | UINTPTR_KEEPALIVE | UINTPTR_ESCAPES | SYSTEMSTACK | NOWRITEBARRIER | NOWRITEBARRIERREC
      | YESWRITEBARRIERREC;
  /** The flags a (non-alias) type declaration allows. */
  static final int TYPE = NOTINHEAP;
  /** The flags the package clause allows. */
  static final int FILE = GO_BUILD;

  static final String MISPLACED = "misplaced compiler directive";

  private record Entry(int flag, Pos pos) {}

  private int flags;
  private final List<Entry> entries = new ArrayList<>();
  /** The go:embed directives (a variable declaration takes them: {@link #takeEmbeds}). */
  private final List<Embed.Directive> embeds = new ArrayList<>();

  /** gc's pragmaFlag: the flag of a directive verb ({@code go:noinline}), 0 if it has none. */
  static int flagOf(String verb) {
    return switch (verb) {
      case "go:build" -> GO_BUILD;
      case "go:noescape" -> NOESCAPE;
      case "go:norace" -> NORACE;
      case "go:nosplit" -> NOSPLIT | NOCHECKPTR;
      case "go:noinline" -> NOINLINE;
      case "go:nocheckptr" -> NOCHECKPTR;
      case "go:systemstack" -> SYSTEMSTACK;
      case "go:nowritebarrier" -> NOWRITEBARRIER;
      case "go:nowritebarrierrec" -> NOWRITEBARRIERREC | NOWRITEBARRIER;
      case "go:yeswritebarrierrec" -> YESWRITEBARRIERREC;
      case "go:cgo_unsafe_args" -> CGO_UNSAFE_ARGS | NOCHECKPTR;
      case "go:uintptrkeepalive" -> UINTPTR_KEEPALIVE;
      case "go:uintptrescapes" -> UINTPTR_ESCAPES | UINTPTR_KEEPALIVE;
      case "go:registerparams" -> REGISTERPARAMS;
      case "go:notinheap" -> NOTINHEAP;
      default -> 0;
    };
  }

  /** Adds the directive {@code text} (without the leading slashes) found at pos. */
  void add(String text, Pos pos) {
    if (isEmbed(text)) {
      embeds.add(new Embed.Directive(pos, List.of()));
      return;
    }
    int sp = text.indexOf(' ');
    int flag = flagOf(sp < 0 ? text : text.substring(0, sp));
    if (flag == 0) return;
    flags |= flag;
    entries.add(new Entry(flag, pos));
  }

  /** Whether the directive text is a go:embed one. */
  static boolean isEmbed(String text) {
    return text.equals("go:embed") || text.startsWith("go:embed ") || text.startsWith("go:embed\t");
  }

  /** Adds a go:embed directive with its patterns. */
  void addEmbed(Embed.Directive d) {
    embeds.add(d);
  }

  /** The go:embed directives, which a variable declaration takes (none are left). */
  List<Embed.Directive> takeEmbeds() {
    List<Embed.Directive> out = List.copyOf(embeds);
    embeds.clear();
    return out;
  }

  /** Reports the directives whose flags are not in {@code allowed} and any go:embed left (gc's reportUnused). */
  void reportUnused(int allowed, java.util.function.BiConsumer<Pos, String> report) {
    int left = flags & ~allowed;
    for (Entry e : entries) if ((e.flag & left) != 0) report.accept(e.pos, MISPLACED);
    for (Embed.Directive d : embeds) report.accept(d.pos(), "misplaced go:embed directive");
  }
}
