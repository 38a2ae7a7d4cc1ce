using System.Reflection;
using NetArchTest.Rules;

namespace ClaimCheck.Tests.Architecture;

/// <summary>
/// The library's layers point one way (docs/architecture.md): each namespace uses only the ones below it, never one
/// above, and nothing but the façade (namespace <c>ClaimCheck</c>) uses the façade.
/// </summary>
[TestFixture]
public class LayeringTests
{
    private static readonly Assembly Library = typeof(ClaimChecker).Assembly;

    /// <summary>From the bottom up. Import and Drafting stand beside the top: they may use any layer, none uses them.</summary>
    private static readonly string[] Layers =
    [
        "ClaimCheck.Core",
        "ClaimCheck.Quantities",
        "ClaimCheck.Loading",
        "ClaimCheck.Normalisation",
        "ClaimCheck.Checking",
        "ClaimCheck.Resolution",
        "ClaimCheck.Reporting",
    ];

    private static readonly string[] Beside = ["ClaimCheck.Import", "ClaimCheck.Drafting"];

    private static IEnumerable<TestCaseData> LayerCases() =>
        Layers.Select((layer, i) => new TestCaseData(layer, Layers.Skip(i + 1).Concat(Beside).ToArray()).SetArgDisplayNames(layer));

    [TestCaseSource(nameof(LayerCases))]
    public void Layer_UsesNoLayerAboveIt(string layer, string[] above)
    {
        var facade = Library.GetTypes().Where(t => t.Namespace == "ClaimCheck").Select(t => t.FullName!).ToArray();

        var result = Types.InAssembly(Library).That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny([.. above, .. facade])
            .GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{layer} uses a layer above it");
    }

    [Test]
    public void EveryNamespace_IsALayerOrTheFacade()
    {
        var known = Layers.Concat(Beside).ToArray();
        var namespaces = Library.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("ClaimCheck", StringComparison.Ordinal)).Distinct();

        var stray = namespaces.Where(n => n != "ClaimCheck" && !known.Any(k => n == k || n!.StartsWith(k + ".", StringComparison.Ordinal)));

        Assert.That(stray, Is.Empty, "a namespace outside the layers: add it to docs/architecture.md and this test");
    }

    [Test]
    public void PublicTypes_AreFewAndInTheFacadeOrCore()
    {
        var exported = Library.GetExportedTypes();

        Assert.Multiple(() =>
        {
            Assert.That(exported, Has.Length.LessThanOrEqualTo(40));
            Assert.That(exported.Select(t => t.Namespace).Distinct(), Is.SubsetOf(new[] { "ClaimCheck", "ClaimCheck.Core" }));
        });
    }

    [Test]
    public void Test_WouldCatchAnUpwardEdge()
    {
        // The rule itself must be able to fail: Reporting does use Checking, so forbidding it must report types.
        var result = Types.InAssembly(Library).That().ResideInNamespace("ClaimCheck.Reporting")
            .ShouldNot().HaveDependencyOn("ClaimCheck.Checking").GetResult();

        Assert.That(result.FailingTypeNames, Is.Not.Empty);
    }

    /// <summary>
    /// The command line only parses arguments, calls the façade and prints (docs/architecture.md): it reaches no stage.
    /// Core (diagnostics and positions it prints) is the one layer below the façade it may name.
    /// </summary>
    [Test]
    public void CommandLine_UsesTheFacadeAndCoreOnly()
    {
        var cli = typeof(ClaimCheck.Cli.CommandLine).Assembly;
        string[] stages = [.. Layers.Where(l => l != "ClaimCheck.Core"), .. Beside];

        var result = Types.InAssembly(cli).ShouldNot().HaveDependencyOnAny(stages).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, "the CLI reaches past the façade into a stage");
    }
}
