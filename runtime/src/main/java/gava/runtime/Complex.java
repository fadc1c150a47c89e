package gava.runtime;

/**
 * A Go complex128 or complex64 value: an immutable pair of float64 parts. complex64 values are the
 * same class with both parts rounded to float32 (the static {@code *64} operations round results).
 * Compiled code may meet {@code null} for a complex value (fresh arrays, slices, missing map
 * entries): every static operation reads null as 0+0i, and {@link #nz} turns it into {@link #ZERO}.
 * equals/hashCode follow Go's ==: NaN parts are never equal, +0 equals -0.
 */
public final class Complex {
    public static final Complex ZERO = new Complex(0, 0);

    public final double re;
    public final double im;

    private Complex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    /** complex(re, im) of type complex128. */
    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /** complex(re, im) of type complex64 (parts rounded to float32). */
    public static Complex of64(double re, double im) {
        return new Complex((float) re, (float) im);
    }

    public static Complex nz(Object a) {
        return a == null ? ZERO : (Complex) a;
    }

    public static double real(Object a) {
        return a == null ? 0 : ((Complex) a).re;
    }

    public static double imag(Object a) {
        return a == null ? 0 : ((Complex) a).im;
    }

    /** Conversion to complex64. */
    public static Complex to64(Object a) {
        Complex x = nz(a);
        return of64(x.re, x.im);
    }

    public static Complex add(Object a, Object b) {
        return new Complex(real(a) + real(b), imag(a) + imag(b));
    }

    public static Complex sub(Object a, Object b) {
        return new Complex(real(a) - real(b), imag(a) - imag(b));
    }

    public static Complex neg(Object a) {
        return new Complex(-real(a), -imag(a));
    }

    public static Complex mul(Object a, Object b) {
        double ar = real(a), ai = imag(a), br = real(b), bi = imag(b);
        return new Complex(ar * br - ai * bi, ar * bi + ai * br);
    }

    public static Complex add64(Object a, Object b) {
        return to64(add(a, b));
    }

    public static Complex sub64(Object a, Object b) {
        return to64(sub(a, b));
    }

    public static Complex neg64(Object a) {
        return neg(a);
    }

    public static Complex mul64(Object a, Object b) {
        float ar = (float) real(a), ai = (float) imag(a), br = (float) real(b), bi = (float) imag(b);
        return new Complex(ar * br - ai * bi, ar * bi + ai * br);
    }

    public static Complex div64(Object a, Object b) {
        return to64(div(a, b));
    }

    /** Go's runtime complex128div (Smith's algorithm with C99 Annex G corrections). */
    public static Complex div(Object n, Object m) {
        double nr = real(n), ni = imag(n), mr = real(m), mi = imag(m);
        double e, f;
        if (Math.abs(mr) >= Math.abs(mi)) {
            double ratio = mi / mr;
            double denom = mr + ratio * mi;
            e = (nr + ni * ratio) / denom;
            f = (ni - nr * ratio) / denom;
        } else {
            double ratio = mr / mi;
            double denom = mi + ratio * mr;
            e = (nr * ratio + ni) / denom;
            f = (ni * ratio - nr) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = nr, b = ni, c = mr, d = mi;
            double inf = Double.POSITIVE_INFINITY;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(inf, c) * a;
                f = Math.copySign(inf, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = inf * (a * c + b * d);
                f = inf * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex(e, f);
    }

    private static double inf2one(double f) {
        return Math.copySign(Double.isInfinite(f) ? 1.0 : 0.0, f);
    }

    /** Go's == (null reads as 0+0i). */
    public static boolean eq(Object a, Object b) {
        return real(a) == real(b) && imag(a) == imag(b);
    }

    /** A hash consistent with {@link #eq}. */
    public static int hash(Object a) {
        double r = real(a) + 0.0, i = imag(a) + 0.0;
        return Double.hashCode(r) * 31 + Double.hashCode(i);
    }

    /** The text print writes: {@code (+1.000000e+000+2.000000e+000i)}. */
    public static String format(Object a) {
        return "(" + Print.formatFloat(real(a)) + Print.formatFloat(imag(a)) + "i)";
    }

    /** print/println of a complex value. */
    public static void print(Object a) {
        Print.complex(real(a), imag(a));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex c && eq(this, c);
    }

    @Override
    public int hashCode() {
        return hash(this);
    }

    @Override
    public String toString() {
        return format(this);
    }
}
