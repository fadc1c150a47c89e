package gava.runtime;

/** A struct field of an {@link RType} (reflect.StructField without the index path). */
public final class RField {
    /** Field name (the type's name for an embedded field). */
    public final String name;
    /** "" for exported fields, else the declaring package's path. */
    public final String pkgPath;
    public final RType type;
    /** The tag without quotes, "" if none. */
    public final String tag;
    public final boolean embedded;
    /** Position among the struct's fields. */
    public final int index;
    /** Byte offset as gc lays the struct out on amd64. */
    public final long offset;
    /** The public field of the struct class holding it (StructGen.fieldName: the name, or {@code _·i}). */
    public final String jvmName;

    public RField(String name, String pkgPath, RType type, String tag, boolean embedded, int index, long offset, String jvmName) {
        this.name = name;
        this.pkgPath = pkgPath;
        this.type = type;
        this.tag = tag;
        this.embedded = embedded;
        this.index = index;
        this.offset = offset;
        this.jvmName = jvmName;
    }

    public boolean exported() {
        return pkgPath.isEmpty();
    }
}
