package io.github.camelcallfire.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the public types of the model package, so convention tests cover classes added later too. */
final class ModelPackage {

    private ModelPackage() {
    }

    static List<Class<?>> publicTypes() {
        String packageName = ResourceId.class.getPackageName();
        Path directory = classesRoot().resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .<Class<?>>map(simpleName -> load(packageName + "." + simpleName))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the model classes in " + directory, e);
        }
    }

    static List<Class<?>> concreteModels() {
        return publicTypes().stream()
                .filter(type -> !type.isEnum() && !Modifier.isAbstract(type.getModifiers()))
                .toList();
    }

    /** The enums that bind CallFire values; BroadcastType is a component option, never read from the API. */
    static List<Class<?>> wireEnums() {
        return publicTypes().stream().filter(type -> type.isEnum() && type != BroadcastType.class).toList();
    }

    private static Path classesRoot() {
        try {
            return Path.of(ResourceId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the compiled model classes", e);
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Listed but not loadable: " + className, e);
        }
    }
}
