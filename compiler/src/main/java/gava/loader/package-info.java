/**
 * The package loader: finds GOROOT ({@link gava.loader.Goroot}), decides which files make up a
 * package under a build context exactly as go/build does ({@link gava.loader.BuildContext},
 * {@link gava.loader.Constraint}, {@link gava.loader.FileHeader}, {@link gava.loader.PackageDir}),
 * reads go.mod ({@link gava.loader.GoMod}), maps import paths to directories
 * ({@link gava.loader.ImportResolver}) and loads the import graph of a program in dependency order,
 * reporting missing packages and import cycles as the go command does ({@link gava.loader.Loader}).
 *
 * <p>The loader reads only file headers (package clause, build constraints, imports); the command
 * parses the full files afterwards with the {@link gava.syntax.Source}s the loader made, so error
 * positions refer to the same sources.
 */
package gava.loader;
