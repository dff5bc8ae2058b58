package dev.berth.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.berth.adapters.docker.fixture.bad.DrivesAUseCase;
import dev.berth.adapters.docker.fixture.bad.UsesThePodmanAdapter;
import dev.berth.adapters.podman.fixture.bad.UsesTheDockerApi;
import dev.berth.adapters.podman.fixture.good.TalksLibpodOverTheTransport;
import dev.berth.application.fixture.bad.ContainerRuntimePort;
import dev.berth.application.fixture.bad.CreatesADirectory;
import dev.berth.application.fixture.bad.PrunesImagesUseCase;
import dev.berth.application.fixture.bad.UsesDockerJava;
import dev.berth.application.fixture.bad.WiresItself;
import dev.berth.application.fixture.bad.WritesASystemProperty;
import dev.berth.application.fixture.cycle.NeedsTheDomain;
import dev.berth.application.service.fixture.bad.ServesNobodyService;
import dev.berth.cli.fixture.bad.PrintsJsonWithJackson;
import dev.berth.domain.fixture.bad.ExecutesACommand;
import dev.berth.domain.fixture.bad.LogsThroughJavaUtilLogging;
import dev.berth.domain.fixture.bad.OpensAPipe;
import dev.berth.domain.fixture.bad.OpensASocket;
import dev.berth.domain.fixture.bad.ReadsAFile;
import dev.berth.domain.fixture.bad.ReadsASystemProperty;
import dev.berth.domain.fixture.bad.ReadsAnEnvironmentVariable;
import dev.berth.domain.fixture.bad.ReadsAnEnvironmentVariableByReference;
import dev.berth.domain.fixture.bad.StartsAProcess;
import dev.berth.domain.fixture.bad.UsesTheApplication;
import dev.berth.domain.fixture.cycle.NeedsTheApplication;
import dev.berth.domain.fixture.good.CleanValue;
import dev.berth.domain.fixture.tangle.rules.RuleThatBuildsTheSpec;
import dev.berth.domain.fixture.tangle.spec.SpecThatKnowsItsRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves the rules bite: each one, given a deliberately bad fixture (a test class placed in the
 * package of the layer it wrongs), fails and names the fixture. A rule that passes here is broken.
 */
class BerthArchitectureBitesTest {

  @Test
  void failsTheBuildWhenTheDomainReadsAFile() {
    assertBites(BerthArchitecture.DOMAIN_DOES_NO_IO, ReadsAFile.class);
  }

  @Test
  void failsTheBuildWhenTheDomainReadsAnEnvironmentVariable() {
    assertBites(BerthArchitecture.DOMAIN_DOES_NO_IO, ReadsAnEnvironmentVariable.class);
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO,
            ReadsAnEnvironmentVariableByReference.class),
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO,
            ReadsASystemProperty.class),
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO, OpensASocket.class),
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO, OpensAPipe.class),
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO, StartsAProcess.class),
        violation("domain does no I/O", BerthArchitecture.DOMAIN_DOES_NO_IO, ExecutesACommand.class),
        violation("domain depends only on the JDK and Immutables",
            BerthArchitecture.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES, ReadsAFile.class),
        violation("domain depends only on the JDK and Immutables",
            BerthArchitecture.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES,
            LogsThroughJavaUtilLogging.class),
        violation("domain depends only on the JDK and Immutables",
            BerthArchitecture.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES,
            UsesTheApplication.class),
        violation("application does no I/O", BerthArchitecture.APPLICATION_DOES_NO_IO,
            CreatesADirectory.class),
        violation("application does no I/O", BerthArchitecture.APPLICATION_DOES_NO_IO,
            WritesASystemProperty.class),
        violation("application depends only on the domain",
            BerthArchitecture.APPLICATION_DEPENDS_ONLY_ON_THE_DOMAIN, UsesDockerJava.class),
        violation("docker adapter uses only its port and docker-java",
            BerthArchitecture.DOCKER_ADAPTER_USES_ONLY_ITS_PORT_AND_DOCKER_JAVA,
            UsesThePodmanAdapter.class),
        violation("docker adapter uses only its port and docker-java",
            BerthArchitecture.DOCKER_ADAPTER_USES_ONLY_ITS_PORT_AND_DOCKER_JAVA,
            DrivesAUseCase.class),
        violation("podman adapter uses only its port and the transport",
            BerthArchitecture.PODMAN_ADAPTER_USES_ONLY_ITS_PORT_AND_THE_TRANSPORT,
            UsesTheDockerApi.class),
        violation("engine types stay in the adapters",
            BerthArchitecture.ENGINE_TYPES_STAY_IN_THE_ADAPTERS, UsesDockerJava.class),
        violation("engine types stay in the adapters",
            BerthArchitecture.ENGINE_TYPES_STAY_IN_THE_ADAPTERS, PrintsJsonWithJackson.class),
        violation("use cases are interfaces in port.in",
            BerthArchitecture.USE_CASES_ARE_INTERFACES_IN_PORT_IN, PrunesImagesUseCase.class),
        violation("runtime ports are interfaces in port.out",
            BerthArchitecture.RUNTIME_PORTS_ARE_INTERFACES_IN_PORT_OUT, ContainerRuntimePort.class),
        violation("services implement use cases",
            BerthArchitecture.SERVICES_IMPLEMENT_USE_CASES, ServesNobodyService.class),
        violation("modules are free of cycles", BerthArchitecture.MODULES_ARE_FREE_OF_CYCLES,
            NeedsTheApplication.class, NeedsTheDomain.class),
        violation("packages are free of cycles", BerthArchitecture.PACKAGES_ARE_FREE_OF_CYCLES,
            SpecThatKnowsItsRule.class, RuleThatBuildsTheSpec.class),
        violation("Dagger components live in the cli",
            BerthArchitecture.DAGGER_COMPONENTS_LIVE_IN_THE_CLI, WiresItself.class));
  }

  @ParameterizedTest(name = "{0} catches {1}")
  @MethodSource("violations")
  void ruleFailsOnItsBadFixture(ArchRule rule, Class<?>[] fixtures) {
    assertBites(rule, fixtures);
  }

  @Test
  void domainRulesPassForACleanDomainValue() {
    JavaClasses clean = new ClassFileImporter().importClasses(CleanValue.class);

    assertThatCode(() -> {
      BerthArchitecture.DOMAIN_DEPENDS_ONLY_ON_THE_JDK_AND_IMMUTABLES.check(clean);
      BerthArchitecture.DOMAIN_DOES_NO_IO.check(clean);
      BerthArchitecture.ENGINE_TYPES_STAY_IN_THE_ADAPTERS.check(clean);
      BerthArchitecture.PACKAGES_ARE_FREE_OF_CYCLES.check(clean);
    }).doesNotThrowAnyException();
  }

  @Test
  void podmanRulePassesForLibpodOverTheTransport() {
    JavaClasses clean = new ClassFileImporter().importClasses(TalksLibpodOverTheTransport.class);

    assertThatCode(() -> BerthArchitecture.PODMAN_ADAPTER_USES_ONLY_ITS_PORT_AND_THE_TRANSPORT
        .check(clean)).doesNotThrowAnyException();
  }

  private static Arguments violation(String rule, ArchRule archRule, Class<?>... fixtures) {
    return Arguments.of(named(rule, archRule), named(fixtures[0].getSimpleName(), fixtures));
  }

  /** Naming the fixture rules out the rule failing for another reason, e.g. checking no class. */
  private static void assertBites(ArchRule rule, Class<?>... fixtures) {
    JavaClasses bad = new ClassFileImporter().importClasses(fixtures);

    assertThatThrownBy(() -> rule.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(fixtures[0].getName());
  }
}
