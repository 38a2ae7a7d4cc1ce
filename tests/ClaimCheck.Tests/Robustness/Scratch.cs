namespace ClaimCheck.Tests.Robustness;

/// <summary>A temporary folder for files made at run time (large, linked, unreadable); deleted afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Path = Directory.CreateTempSubdirectory("claimcheck-robust-").FullName;

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public static string ClaimFile(string sourceId, string claimId = "c1", string value = "3") =>
        $"source:\n  id: {sourceId}\n  title: Article {sourceId}\nclaims:\n  - id: {claimId}\n    subject: good.count\n    value: \"{value}\"\n";

    public void Dispose()
    {
        // Restore permissions first so an unreadable file can be deleted; links are not followed (a loop would never end).
        foreach (var file in Directory.EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (!OperatingSystem.IsWindows() && new FileInfo(file).LinkTarget is null)
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.Delete(Path, recursive: true);
    }
}

/// <summary>What every run of the command line on bad input must show.</summary>
internal static class Expect
{
    public const string Positioned = @"^.+\(\d+,\d+\): (error|warning) CC\d{4}: .+$";

    public static void NoStackTrace(params string[] texts)
    {
        foreach (var text in texts)
        {
            Assert.That(text, Does.Not.Contain("   at "), "a stack trace was printed");
            Assert.That(text, Does.Not.Contain("internal error"), "the loader's last-resort guard was reached");
        }
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
