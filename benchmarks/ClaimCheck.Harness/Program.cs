using System.Diagnostics;
using System.Globalization;
using ClaimCheck.CorpusGen;
using YamlDotNet.Core;

// ClaimCheck.Harness [--claims N] [--files F] [--subjects S] [--seed X] [--work DIR] [--cli PATH/ClaimCheck.Cli.dll] [--keep] [--stages] [--stages-of DIR]
// Times, in one run on the same generated files:
//   (a) the parse floor: YamlDotNet's Parser walking every event of every file, files over all cores (fastest of 3 passes);
//   (b) `claimcheck check --json --html` end to end, as a child process (wall time and peak RSS);
//   (c) the same number of claims, all on one subject.
// --stages also times each stage of check in-process (after a warm-up run), with the bytes it allocates.
var claims = Option("--claims", 10_000);
var files = Option("--files", Math.Max(1, claims / 100));
var subjects = Option("--subjects", Math.Max(1, claims / 10));
var seed = Option("--seed", 7);
var keep = args.Contains("--keep");
var work = Text("--work") ?? Path.Combine(Path.GetTempPath(), "claimcheck-harness-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var cli = Text("--cli") ?? Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll");
if (!File.Exists(cli))
{
    Console.Error.WriteLine($"harness: the CLI was not found at {cli}; build benchmarks/ClaimCheck.Harness or pass --cli");
    return 2;
}

if (Text("--stages-of") is { } existing)
{
    // Only the in-process stage times, on a corpus that already exists (quicker when iterating).
    Stages.Run(existing, Line);
    return 0;
}

var many = Path.Combine(work, "corpus");
var one = Path.Combine(work, "one-subject");
try
{
    var bytes = CorpusGenerator.Generate(many, new CorpusSpec(claims, files, subjects, seed));
    CorpusGenerator.Generate(one, new CorpusSpec(claims, files, 1, seed));
    Line($"corpus: {claims} claims in {files} files over {subjects} subjects, {bytes / 1e6:F1} MB; {Environment.ProcessorCount} cores; load {Load()}");

    Sync(); // write the new corpus out first: its write-back otherwise ran during the timings (a 1M floor took 4 s or 13 s)
    ParseFloor(many); // warm-up: JIT and the page cache, so (a) and (b) both read from memory
    // The fastest of three passes: on this shared host one pass took from 0.8 to 2.8 s on the same files within
    // one run (page cache write-back of the corpus just generated, host load); the fastest is the floor, and the
    // strictest one to compare with.
    var passes = new double[3];
    long events = 0;
    for (var pass = 0; pass < passes.Length; pass++)
    {
        var watch = Stopwatch.StartNew();
        events = ParseFloor(many);
        passes[pass] = watch.Elapsed.TotalSeconds;
    }

    var floorSeconds = passes.Min();
    Line($"(a) parse floor: {floorSeconds:F3} s, the fastest of {passes[0]:F3} / {passes[1]:F3} / {passes[2]:F3} s ({events} YAML events)");
    if (args.Contains("--stages")) Stages.Run(many, Line);

    var b = RunCheck(cli, many, work, "b");
    if (b is null) return 1;
    Line($"(b) check: {b.Seconds:F3} s, peak memory {b.PeakMb:F0} MB (VmHWM), HTML {b.HtmlMb:F1} MB, JSON {b.JsonMb:F1} MB");
    var c = RunCheck(cli, one, work, "c");
    if (c is null) return 1;
    Line($"(c) one subject: {c.Seconds:F3} s, peak memory {c.PeakMb:F0} MB (VmHWM), HTML {c.HtmlMb:F1} MB, JSON {c.JsonMb:F1} MB");

    Line($"ratio b/a: {b.Seconds / floorSeconds:F2}");
    Line($"ratio c/b: {c.Seconds / b.Seconds:F2}");
    Line($"peak memory: {Math.Max(b.PeakMb, c.PeakMb):F0} MB");
    Line($"html size: {b.HtmlMb:F1} MB");
    return 0;
}
finally
{
    if (!keep && Directory.Exists(work)) Directory.Delete(work, recursive: true);
}

static long ParseFloor(string directory)
{
    long total = 0;
    var paths = Directory.GetFiles(directory, "*.yaml");
    Parallel.ForEach(paths, () => 0L, (path, _, count) =>
    {
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        while (parser.MoveNext()) count++;
        return count;
    }, count => Interlocked.Add(ref total, count));
    return total;
}

static Result? RunCheck(string cli, string corpus, string work, string name)
{
    var html = Path.Combine(work, name + ".html");
    var json = Path.Combine(work, name + ".json");
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
    foreach (var a in new[] { cli, "check", corpus, "--json", json, "--html", html }) start.ArgumentList.Add(a);
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    long peakKb = 0;
    // VmHWM is the kernel's high-water mark of resident memory; the last read before exit is the peak.
    while (!process.WaitForExit(5)) peakKb = Math.Max(peakKb, HighWaterKb(process.Id));
    watch.Stop();
    if (process.ExitCode is not (0 or 1))
    {
        Console.Error.WriteLine($"harness: check exited {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return null;
    }

    return new Result(watch.Elapsed.TotalSeconds, peakKb / 1024.0, new FileInfo(html).Length / 1e6, new FileInfo(json).Length / 1e6);
}

static long HighWaterKb(int pid)
{
    try
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
        }
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }

    return 0;
}

static void Sync()
{
    if (!File.Exists("/bin/sync")) return;
    using var sync = Process.Start(new ProcessStartInfo("/bin/sync") { UseShellExecute = false })!;
    sync.WaitForExit();
}

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

int Option(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

internal sealed record Result(double Seconds, double PeakMb, double HtmlMb, double JsonMb);
