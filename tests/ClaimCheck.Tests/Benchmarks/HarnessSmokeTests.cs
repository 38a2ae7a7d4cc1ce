using System.Diagnostics;

namespace ClaimCheck.Tests.Benchmarks;

/// <summary>
/// The performance harness (benchmarks/ClaimCheck.Harness) still builds and runs end to end, at a tiny
/// size. Proves the tooling works; asserts no timing (timings belong in docs/performance.md).
/// </summary>
[TestFixture]
public sealed class HarnessSmokeTests
{
    [Test]
    [CancelAfter(300_000)]
    public void Harness_AtTinySize_PrintsItsRatiosAndExitsZero()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "benchmarks", "ClaimCheck.Harness");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        foreach (var arg in new[] { "run", "--project", project, "-c", "Release", "--", "--claims", "2000", "--files", "20", "--stages" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CLAIMCHECK_ALLOCATIONS"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var output = stdout + stderr.Result;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(process.ExitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("(a) parse floor:"));
            Assert.That(output, Does.Contain("(b) check:"));
            Assert.That(output, Does.Contain("(c) one subject:"));
            Assert.That(output, Does.Match(@"ratio b/a: \d+\.\d\d"));
            Assert.That(output, Does.Match(@"ratio c/b: \d+\.\d\d"));
            Assert.That(output, Does.Contain("peak memory:"));
            Assert.That(output, Does.Contain("html size:"));
            // --stages: each stage cold and warm, with what it allocates and, with CLAIMCHECK_ALLOCATIONS=1, by which types.
            Assert.That(output, Does.Contain("stages, cold:").And.Contain("stages, warm:"));
            Assert.That(output, Does.Match(@"stage load: \d+\.\d{3} s, \d+ MB allocated, \d+ MB live after it"));
            Assert.That(output, Does.Match(@"stage resolve \(again, alone\): \d+\.\d{3} s"));
            Assert.That(output, Does.Match(@"(?m)^\s+\d+ MB  System\.String$"));
        }
    }
}
