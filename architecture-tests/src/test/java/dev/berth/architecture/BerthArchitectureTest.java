package dev.berth.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Every rule of {@link BerthArchitecture}, checked against berth's production classes. */
@AnalyzeClasses(packages = "dev.berth", importOptions = DoNotIncludeTests.class)
class BerthArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnlyOnTheJdkAndImmutables =
      BerthArchitecture.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES;

  @ArchTest static final ArchRule domainDoesNoIo = BerthArchitecture.DOMAIN_DOES_NO_IO;

  @ArchTest
  static final ArchRule applicationDependsOnlyOnTheDomain =
      BerthArchitecture.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN;

  @ArchTest static final ArchRule applicationDoesNoIo = BerthArchitecture.APPLICATION_DOES_NO_IO;

  @ArchTest
  static final ArchRule dockerAdapterUsesOnlyItsPortAndDockerJava =
      BerthArchitecture.DOCKER_ADAPTER_USES_ONLY_ITS_PORT_AND_DOCKER_JAVA;

  @ArchTest
  static final ArchRule podmanAdapterUsesOnlyItsPortAndTheTransport =
      BerthArchitecture.PODMAN_ADAPTER_USES_ONLY_ITS_PORT_AND_THE_TRANSPORT;

  @ArchTest
  static final ArchRule engineTypesStayInTheAdapters =
      BerthArchitecture.ENGINE_TYPES_STAY_IN_THE_ADAPTERS;

  @ArchTest
  static final ArchRule useCasesAreInterfacesInPortIn =
      BerthArchitecture.USE_CASES_ARE_INTERFACES_IN_PORT_IN;

  @ArchTest
  static final ArchRule runtimePortsAreInterfacesInPortOut =
      BerthArchitecture.RUNTIME_PORTS_ARE_INTERFACES_IN_PORT_OUT;

  @ArchTest
  static final ArchRule servicesImplementUseCases = BerthArchitecture.SERVICES_IMPLEMENT_USE_CASES;

  @ArchTest
  static final ArchRule modulesAreFreeOfCycles = BerthArchitecture.MODULES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = BerthArchitecture.PACKAGES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule daggerComponentsLiveInTheCli =
      BerthArchitecture.DAGGER_COMPONENTS_LIVE_IN_THE_CLI;
}
