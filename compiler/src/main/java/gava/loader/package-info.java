/**
 * The package loader: finds GOROOT ({@link gava.loader.Goroot}), decides which files make up a
 * package under a build context exactly as go/build does ({@link gava.loader.BuildContext},
 * {@link gava.loader.Constraint}, {@link gava.loader.FileHeader}, {@link gava.loader.PackageDir}),
 * reads go.mod ({@link gava.loader.GoMod}), sets up the main module's dependencies as the go command
 * does ({@link gava.loader.Modules}: vendor/ ({@link gava.loader.Vendor}), go.sum
 * ({@link gava.loader.GoSum}, {@link gava.loader.DirHash}), the module cache
 * ({@link gava.loader.ModCache}) and GOPROXY downloads ({@link gava.loader.ModProxy})), maps import
 * paths to directories ({@link gava.loader.ImportResolver}) and loads the import graph of a program in dependency order,
 * reporting missing packages and import cycles as the go command does ({@link gava.loader.Loader}).
 * It also owns gava's std overlays ({@link gava.loader.Overlay}: the files of
 * {@code stdlib/overlay/<import path>}, packaged as the compiler's resources, join a std package's
 * files; {@link gava.loader.OverlayMerge} replaces GOROOT declarations per declaration on syntax
 * trees; {@link gava.loader.OverlayDirectives} reads {@code //gava:java}, {@code //gava:omit} and
 * {@code //gava:replace-package}).
 *
 * <p>The loader reads only file headers (package clause, build constraints, imports); the command
 * parses the full files afterwards with the {@link gava.syntax.Source}s the loader made, so error
 * positions refer to the same sources. {@link gava.loader.Overlay#parse} is that parse, with a std
 * package's overlay merged in.
 */
package gava.loader;
