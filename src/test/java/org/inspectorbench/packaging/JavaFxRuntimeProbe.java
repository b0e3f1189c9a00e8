package org.inspectorbench.packaging;

import java.util.Optional;

/**
 * Run by {@link JavaFxRuntimeTest} on a runtime that holds JavaFX's modules, from the class path:
 * prints, for each package given, the module that holds it and whether it is exported to the class
 * path, then whether javafx.graphics carries its native library as a resource.
 */
public final class JavaFxRuntimeProbe {

    private JavaFxRuntimeProbe() {
    }

    public static void main(String[] packages) throws Exception {
        Module unnamed = JavaFxRuntimeProbe.class.getModule();
        for (String pkg : packages) {
            Optional<Module> holder = ModuleLayer.boot().modules().stream()
                    .filter(m -> m.getPackages().contains(pkg)).findFirst();
            System.out.println(pkg + " " + holder.map(Module::getName).orElse("-") + " "
                    + holder.map(m -> m.isExported(pkg, unnamed) ? "exported" : "hidden").orElse("-"));
        }
        Module graphics = ModuleLayer.boot().findModule("javafx.graphics").orElseThrow();
        try (var lib = graphics.getResourceAsStream("libglass.so")) {
            System.out.println("libglass.so " + (lib == null ? "absent" : "inside"));
        }
    }
}
