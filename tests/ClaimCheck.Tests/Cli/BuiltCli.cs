using System.Diagnostics;
using System.Text;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// Runs the built <c>claimcheck</c> as a process: on a pseudo-terminal (util-linux <c>script</c>, so both streams are
/// a terminal, as for a person), or with both streams redirected (as in a pipe or CI log).
/// </summary>
internal static class BuiltCli
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>The tool's app host, copied beside the tests by the project reference.</summary>
    private static string Tool => Path.Combine(TestContext.CurrentContext.TestDirectory, "ClaimCheck.Cli");

    /// <summary>
    /// Runs the tool on a pseudo-terminal 120 columns wide, in <paramref name="folder"/>; returns its exit code and
    /// everything the terminal showed. <paramref name="redirect"/> (shell syntax, e.g. <c>&gt;out.json</c>) sends a
    /// stream elsewhere; <paramref name="environment"/> sets variables (null removes one).
    /// </summary>
    public static (int ExitCode, string Screen) OnTerminal(string folder, string[] args, string redirect = "", IReadOnlyDictionary<string, string?>? environment = null)
    {
        var script = Path.Combine(folder, "run-on-terminal.sh");
        File.WriteAllText(script, $"stty cols 120 rows 50\nexec {Quote(Tool)} {string.Join(' ', args.Select(Quote))} {redirect}\n");
        var info = Start("script", folder, environment);
        foreach (var arg in new[] { "-qfec", "sh " + Quote(script), "/dev/null" }) info.ArgumentList.Add(arg);
        var (code, output, _) = Run(info);
        return (code, output);
    }

    /// <summary>Runs the tool with standard output and error redirected; returns the exit code and both streams.</summary>
    public static (int ExitCode, string Output, string Error) Redirected(string folder, string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = Start(Tool, folder, environment);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Run(info);
    }

    private static ProcessStartInfo Start(string file, string folder, IReadOnlyDictionary<string, string?>? environment)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // A terminal as people have one, whatever the test runner's own environment says.
        info.Environment["TERM"] = "xterm-256color";
        info.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }

        return info;
    }

    private static (int ExitCode, string Output, string Error) Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{info.FileName} ran over {Limit}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
