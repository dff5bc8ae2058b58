package dev.berth.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.stream.Stream;

/**
 * The dependency arrows of STYLE.md, one constant a rule. The build checks them against berth's
 * production classes ({@link BerthArchitectureTest}) and against deliberately bad fixtures
 * ({@link BerthArchitectureBitesTest}), so a rule that stops biting fails too.
 */
public final class BerthArchitecture {

  private static final String DOMAIN = "dev.berth.domain..";
  private static final String APPLICATION = "dev.berth.application..";
  private static final String PORT_IN = "dev.berth.application.port.in..";
  private static final String PORT_OUT = "dev.berth.application.port.out..";
  private static final String DOCKER_ADAPTER = "dev.berth.adapters.docker..";
  private static final String PODMAN_ADAPTER = "dev.berth.adapters.podman..";
  private static final String CLI = "dev.berth.cli..";

  /**
   * The JDK the inside may use, package by package rather than "java..": java.io, java.nio,
   * java.net, java.util.logging, java.util.prefs and the like are exactly what it must not touch.
   */
  private static final String[] PLAIN_JDK = {
    "java.lang", "java.lang.annotation", "java.math", "java.time..",
    "java.util", "java.util.function", "java.util.regex", "java.util.stream",
  };

  /** Value-type annotations; Immutables' generated classes reference only these and the JDK. */
  private static final String IMMUTABLES = "org.immutables.value..";

  /**
   * What every adapter may use besides its engine client: the JDK (with its TLS sockets), the
   * port it implements (not the use cases: a driven adapter never drives), the domain, its Dagger
   * module's annotations and generated factories, and a logger.
   */
  private static final String[] ADAPTER_BASICS = {
    "java..", "javax.net..", "javax.annotation.processing", "dagger..", "javax.inject..",
    "jakarta.inject..", "org.slf4j..", PORT_OUT, DOMAIN,
  };

  /** Engine and wire types: the adapters' business, nobody else's. */
  private static final String[] ENGINE_TYPES = {
    "com.github.dockerjava..", "com.fasterxml.jackson..", "org.apache.hc..", "java.net.http..",
  };

  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES =
      classes().that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(with(PLAIN_JDK, DOMAIN, IMMUTABLES))
          .because("the domain is value types and rules that would compile in an empty JDK");

  public static final ArchRule DOMAIN_DOES_NO_IO = doesNoIo(DOMAIN)
      .because("the creation rules are pure functions; host facts reach them through HostPort");

  public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN =
      classes().that().resideInAPackage(APPLICATION)
          .should().onlyDependOnClassesThat()
          .resideInAnyPackage(with(PLAIN_JDK, APPLICATION, DOMAIN, IMMUTABLES))
          .because("the application owns the ports and knows no engine, adapter or framework");

  public static final ArchRule APPLICATION_DOES_NO_IO = doesNoIo(APPLICATION)
      .because("the services orchestrate through their ports; only adapters touch the host");

  public static final ArchRule DOCKER_ADAPTER_USES_ONLY_ITS_PORT_AND_DOCKER_JAVA =
      adapterUsesOnly(DOCKER_ADAPTER,
              "com.github.dockerjava..", "com.fasterxml.jackson..", "org.apache.commons..")
          .because("an adapter implements one outbound port for one engine and knows nothing "
              + "of the other adapters or of the cli that wires it");

  public static final ArchRule PODMAN_ADAPTER_USES_ONLY_ITS_PORT_AND_THE_TRANSPORT =
      adapterUsesOnly(PODMAN_ADAPTER, "com.github.dockerjava.transport..",
              "com.github.dockerjava.zerodep..", "com.fasterxml.jackson..")
          .because("the podman adapter speaks libpod's own REST API over docker-java's transport, "
              + "not docker-java's Docker API, and knows nothing of the other adapters or the cli");

  public static final ArchRule ENGINE_TYPES_STAY_IN_THE_ADAPTERS =
      noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION, CLI)
          .should().dependOnClassesThat().resideInAnyPackage(ENGINE_TYPES)
          .because("docker-java classes and HTTP/JSON types never leave the adapter that needs them");

  public static final ArchRule USE_CASES_ARE_INTERFACES_IN_PORT_IN =
      classes().that().haveSimpleNameEndingWith("UseCase")
          .should().beInterfaces().andShould().resideInAPackage(PORT_IN)
          .because("the cli drives berth through use-case interfaces the application owns");

  public static final ArchRule RUNTIME_PORTS_ARE_INTERFACES_IN_PORT_OUT =
      classes().that().haveSimpleName("ContainerRuntimePort")
          .or().haveSimpleName("ContainerRuntimeFactory")
          .or().haveSimpleName("HostPort")
          .should().beInterfaces().andShould().resideInAPackage(PORT_OUT)
          .because("the application owns the outbound ports the adapters implement");

  public static final ArchRule SERVICES_IMPLEMENT_USE_CASES =
      classes().that().resideInAPackage("dev.berth.application.service..")
          .and().haveSimpleNameEndingWith("Service")
          .should().implement(resideInAPackage(PORT_IN))
          .because("a service is the application's answer to a use case the cli can drive");

  public static final ArchRule MODULES_ARE_FREE_OF_CYCLES =
      slices().matching("dev.berth.(*)..").namingSlices("module $1")
          .should().beFreeOfCycles()
          .because("the arrows between domain, application, adapters and cli point one way");

  /**
   * Within each module, among its sub-packages at any depth. The module's root package (the
   * cli's Main and top command, the domain's shared style) is its face and stays out.
   */
  public static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES =
      CompositeArchRule.of(subPackagesOf("dev.berth.domain"))
          .and(subPackagesOf("dev.berth.application"))
          .and(subPackagesOf("dev.berth.adapters.docker"))
          .and(subPackagesOf("dev.berth.adapters.podman"))
          .and(subPackagesOf("dev.berth.cli"))
          .as("the sub-packages of each module should be free of cycles")
          .because("a package cycle makes two packages one that cannot be read alone");

  public static final ArchRule DAGGER_COMPONENTS_LIVE_IN_THE_CLI =
      classes().that().areAnnotatedWith("dagger.Component")
          .or().areAnnotatedWith("dagger.Subcomponent")
          .should().resideInAPackage(CLI)
          .because("the cli is the composition root, the only module that sees all the others");

  private BerthArchitecture() {}

  private static ArchRule doesNoIo(String layer) {
    return noClasses().that().resideInAPackage(layer)
        .should().dependOnClassesThat(HostAccess.HOST_TYPES)
        .orShould().accessTargetWhere(HostAccess.HOST_CALLS);
  }

  /** A module without sub-packages has no cycle among them, so finding none is fine. */
  private static ArchRule subPackagesOf(String module) {
    return slices().matching(module + ".(**)").namingSlices("package " + module + ".$1")
        .should().beFreeOfCycles()
        .allowEmptyShould(true);
  }

  private static ArchRule adapterUsesOnly(String adapter, String... engineClient) {
    return classes().that().resideInAPackage(adapter)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(with(with(ADAPTER_BASICS, adapter), engineClient));
  }

  private static String[] with(String[] packages, String... more) {
    return Stream.concat(Stream.of(packages), Stream.of(more)).toArray(String[]::new);
  }
}
