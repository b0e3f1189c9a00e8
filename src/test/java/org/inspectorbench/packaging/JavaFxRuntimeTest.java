package org.inspectorbench.packaging;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app image's runtime holds JavaFX's modules while the program runs from the class path
 * (packaging/package.sh). A runtime linked the same way, with packaging/javafx-runtime.options
 * built in, must start without a word and export to the class path every JavaFX package that the
 * program's own classes or Monocle (which `bench ui` runs on, in the app image too) use; and
 * JavaFX's native library must not be inside the module, or JavaFX copies it out on every start.
 * A new use of a JavaFX package that is not exported fails here, not at a user's first click.
 */
@EnabledOnOs(OS.LINUX)
class JavaFxRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void theRuntimeExportsEveryJavaFxPackageTheClassPathUsesAndCarriesNoNativeLibrary() throws Exception {
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        assumeTrue(Files.isExecutable(jlink) && Files.isDirectory(jmods), "a JDK with jlink and jmods runs the tests");
        Map<String, Path> jars = classPath().stream()
                .filter(p -> p.getFileName().toString().matches("javafx-(base|graphics)-.*-linux\\.jar"))
                .collect(Collectors.toMap(p -> p.getFileName().toString().replaceAll("-\\d.*", ""), Function.identity()));
        assertEquals(2, jars.size(), "JavaFX's Linux jars are on the test class path: " + jars);

        List<String> options = Files.readAllLines(Path.of("packaging/javafx-runtime.options"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Path runtime = dir.resolve("runtime");
        Tools.run(List.of(jlink.toString(),
                "--module-path", jmods + File.pathSeparator + jars.get("javafx-base") + File.pathSeparator + jars.get("javafx-graphics"),
                "--add-modules", "java.base,javafx.graphics", "--exclude-resources=**.so",
                "--add-options= " + String.join(" ", options), "--output", runtime.toString()));

        TreeSet<String> used = internalJavaFxPackagesUsed();
        assertTrue(used.contains("com.sun.javafx.tk"), "NextFrame's package is among them: " + used);
        List<String> probe = new ArrayList<>(List.of(runtime.resolve("bin/java").toString(),
                "-cp", System.getProperty("java.class.path"), JavaFxRuntimeProbe.class.getName()));
        probe.addAll(used);
        String out = Tools.run(probe);
        assertFalse(out.lines().anyMatch(l -> l.matches("(?i).*\\bwarning\\b.*")), out);
        for (String pkg : used) {
            assertTrue(out.lines().anyMatch(l -> l.matches("\\Q" + pkg + "\\E javafx\\.\\w+ exported")),
                    pkg + " is in a JavaFX module and exported to the class path:\n" + out);
        }
        assertTrue(out.lines().anyMatch("libglass.so absent"::equals), out);
    }

    /** JavaFX's non-API packages (com.sun.*) that the program's classes and Monocle's depend on. */
    private static TreeSet<String> internalJavaFxPackagesUsed() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inspectorbench", "com.sun.glass.ui.monocle");
        TreeSet<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String pkg = d.getTargetClass().getBaseComponentType().getPackageName();
                if ((pkg.startsWith("com.sun.javafx") || pkg.startsWith("com.sun.glass") || pkg.startsWith("com.sun.prism"))
                        && !pkg.startsWith("com.sun.glass.ui.monocle")) {
                    packages.add(pkg);
                }
            });
        }
        return packages;
    }

    private static List<Path> classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

}
