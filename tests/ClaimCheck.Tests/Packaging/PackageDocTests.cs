namespace ClaimCheck.Tests.Packaging;

/// <summary>The C# shown to users is the code CI compiles against the packed package (samples/consumer).</summary>
[TestFixture]
public class PackageDocTests
{
    [TestCase("src/ClaimCheck/PACKAGE.md")]
    [TestCase("README.md")]
    public void FromCSharp_IsTheSampleThatCiBuilds(string doc)
    {
        var sample = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "samples", "consumer", "Program.cs")).ReplaceLineEndings("\n");
        var code = sample[(sample.IndexOf("\n", StringComparison.Ordinal) + 1)..].Trim('\n'); // without its first comment line
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, doc)).ReplaceLineEndings("\n");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("```csharp\n" + code + "\n```"));
            Assert.That(code.Split('\n'), Has.Length.LessThanOrEqualTo(15), "load, check and write in at most 15 lines");
        });
    }
}
