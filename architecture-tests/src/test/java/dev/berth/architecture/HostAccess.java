package dev.berth.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.util.Set;

/**
 * What counts as touching the host: files, sockets, channels, child processes, and the
 * process environment. The inside of the hexagon gets its host facts through {@code HostPort},
 * so that the creation rules stay pure functions a table-driven test can pin down.
 */
final class HostAccess {

  /** Types whose mere use means the code talks to the file system, the network or a process. */
  static final DescribedPredicate<JavaClass> HOST_TYPES =
      belongToAnyOf(
              File.class,
              FileInputStream.class,
              FileOutputStream.class,
              FileReader.class,
              FileWriter.class,
              RandomAccessFile.class,
              ProcessBuilder.class,
              Process.class,
              ProcessHandle.class)
          .or(resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net.."))
          .as("file, socket, channel or process types");

  /**
   * Calls and method references that read or change the process environment or start a
   * command; {@code System} itself stays usable for {@code lineSeparator()} and the like.
   */
  static final DescribedPredicate<JavaAccess<?>> HOST_CALLS =
      accessTo(System.class, "getenv", "getProperty", "getProperties", "setProperty",
              "setProperties", "clearProperty")
          .or(accessTo(Runtime.class, "exec"))
          .as("System.getenv/getProperty/getProperties/setProperty or Runtime.exec");

  private HostAccess() {}

  private static DescribedPredicate<JavaAccess<?>> accessTo(Class<?> owner, String... names) {
    Set<String> targets = Set.of(names);
    return DescribedPredicate.describe(
        owner.getSimpleName() + "." + targets,
        access -> access.getTargetOwner().isEquivalentTo(owner) && targets.contains(access.getName()));
  }
}
