using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Loading;

namespace ClaimCheck.Tests.Packaging;

/// <summary>
/// Packs the library and the tool, builds README's C# example (samples/consumer) against the packed
/// package and runs it: proves the NuGet package a user gets compiles with the documented code. Installs the
/// packed tool and drafts an article with a line in another language: proves Lingua's models ship.
/// </summary>
[TestFixture]
[Category("Packaging")]
public sealed class PackAndConsumeTests
{
    [Test]
    [CancelAfter(600_000)]
    public void PackAndConsumeScript_SeedCorpus_ConsumerBuiltFromPackagePrintsCorpusCounts()
    {
        var root = TestPaths.RepoRoot;
        var start = new ProcessStartInfo("bash", [Path.Combine("scripts", "pack-and-consume.sh")])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(TimeSpan.FromMinutes(9));
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var corpus = ClaimCorpus.Load([Path.Combine(root, "claims")], new LoadOptions(BaseDirectory: root));
        var expected = string.Create(CultureInfo.InvariantCulture, $"{corpus.Sources.Length} sources, {corpus.Claims.Length} claims, 0 write problems");
        var lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Multiple(() =>
        {
            Assert.That(finished, Is.True, "the script did not finish in 9 minutes");
            Assert.That(process.ExitCode, Is.Zero, $"stdout:\n{output.Result}\nstderr:\n{error.Result}");
            Assert.That(lines, Is.Not.Empty);
            Assert.That(lines[^1], Is.EqualTo(expected));
            Assert.That(corpus.Sources, Is.Not.Empty, "the seed corpus should hold sources");
            Assert.That(lines.Any(l => l.StartsWith("SMIC's most advanced process node in production: ", StringComparison.Ordinal)), Is.True, "a conflict named with its articles");
            // The installed tool's draft names the French line: Lingua's model files are in the tool package.
            Assert.That(lines, Does.Contain("packed tool detects language: French, not the article's English"));
            var page = Path.Combine(Path.GetTempPath(), "claimcheck-sample", "report.html");
            Assert.That(File.ReadAllText(page), Does.Contain("conflicts</h1>"), "the custom template rendered the page");
        });
    }
}
