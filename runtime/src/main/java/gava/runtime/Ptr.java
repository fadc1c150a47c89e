package gava.runtime;

/**
 * Base of the runtime's pointer classes ({@code PtrX}: cells and element pointers). A pointer is
 * identified by the place it points to: {@link #base()} (the object holding the variable) and
 * {@link #index()} (which variable inside it). Pointers to struct values and to arrays are the struct
 * object or JVM array itself and compare by identity.
 */
public abstract class Ptr {
    /** The object holding the pointed-to variable (the cell itself for cells). */
    protected Object base() {
        return this;
    }

    /** Which variable of {@link #base()} this points to (0 for cells). */
    protected int index() {
        return 0;
    }

    /** Go's {@code ==} on pointers (and channels): the same object or the same place. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Ptr p && b instanceof Ptr q) {
            Object pb = p.base();
            return pb != p && pb == q.base() && p.index() == q.index() && p.getClass() == q.getClass();
        }
        return false;
    }

    /** A hash consistent with {@link #eq}. */
    public static int hash(Object a) {
        if (a instanceof Ptr p) {
            Object b = p.base();
            if (b != p) {
                return System.identityHashCode(b) * 31 + p.index();
            }
        }
        return System.identityHashCode(a);
    }
}
