using System.Text.RegularExpressions;
using ClaimCheck.Core;

namespace ClaimCheck.Tests.Docs;

/// <summary>One table of diagnostics: every code the library uses is in it, and every code in it is documented.</summary>
[TestFixture]
public partial class DiagnosticTableTests
{
    private static string Repo(params string[] parts) => Path.Combine([TestPaths.RepoRoot, .. parts]);

    [Test]
    public void EveryCodeUsedInTheSource_IsInTheTable()
    {
        var used = Directory.EnumerateFiles(Repo("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(used.Where(c => !DiagnosticDescriptors.All.ContainsKey(c)).Order(StringComparer.Ordinal), Is.Empty);
    }

    [Test]
    public void EveryCodeInTheTable_IsDocumentedAtItsHelpLink()
    {
        var doc = File.ReadAllText(Repo("docs", "diagnostics.md"));
        var undocumented = DiagnosticDescriptors.All.Values.Where(d =>
            !doc.Contains($"<a id=\"{d.Code.ToLowerInvariant()}\"></a>", StringComparison.Ordinal)
            && !doc.Contains($"### {d.Code}\n", StringComparison.Ordinal));

        Assert.That(undocumented.Select(d => d.HelpLink), Is.Empty);
    }

    [Test]
    public void EveryDocumentedCode_IsInTheTable()
    {
        var documented = Directory.EnumerateFiles(Repo("docs"), "*.md")
            .SelectMany(f => DocumentedRow().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(documented.Where(c => !DiagnosticDescriptors.All.ContainsKey(c)).Order(StringComparer.Ordinal), Is.Empty);
            Assert.That(documented, Has.Count.GreaterThanOrEqualTo(40), "the docs' code tables were found");
        });
    }

    [Test]
    public void Descriptor_MakesADiagnosticWithItsDefaultSeverity()
    {
        var d = DiagnosticDescriptors.Of("CC0112").At(new SourcePosition("a.yaml", 3, 5), "claims not used");

        Assert.That(d.ToString(), Is.EqualTo("a.yaml(3,5): warning CC0112: claims not used"));
    }

    [GeneratedRegex("\"(CC\\d{4})\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex("^\\| (?:<a id=\"cc\\d{4}\"></a>)?(CC\\d{4}) \\||^### (CC\\d{4})$", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();
}
