namespace ClaimCheck.Tests;

/// <summary>Where test inputs live, and where the repository and ../shared are.</summary>
internal static class TestPaths
{
    /// <summary>The golden-file folder copied beside the test assembly.</summary>
    public static string TestFiles => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestFiles");

    /// <summary>The repository root (the folder holding ClaimCheck.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test folder");
        }
    }

    /// <summary>Source folder of a golden case (to update expected files in place).</summary>
    public static string SourceTestFiles => Path.Combine(RepoRoot, "tests", "ClaimCheck.Tests", "TestFiles");

    /// <summary>True when golden files should be rewritten from the current output (CLAIMCHECK_UPDATE_GOLDEN=1).</summary>
    public static bool UpdateGolden => Environment.GetEnvironmentVariable("CLAIMCHECK_UPDATE_GOLDEN") == "1";
}
