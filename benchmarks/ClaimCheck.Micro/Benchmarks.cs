using BenchmarkDotNet.Attributes;
using ClaimCheck.Checking;
using ClaimCheck.Checking.Rules;
using ClaimCheck.CorpusGen;
using ClaimCheck.Normalisation;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck.Micro;

/// <summary>Reading one value as a quantity: the per-claim hot path of normalisation.</summary>
[MemoryDiagnoser]
public class QuantityParsing
{
    private static readonly string[] Values =
    [
        "$21 billion", "about ¥150.5 bn", "nearly €3.2 billion", "over 3,500 startups", "20.5 km²",
        "between 19.5 and 21.5 sq km", "at least 28%", "7 nm", "5-7 nm", "18.7% per year", "Wuxi",
    ];

    /// <summary>Parses every value of the mix once.</summary>
    [Benchmark]
    public int ParseMix()
    {
        var ok = 0;
        foreach (var value in Values)
        {
            if (QuantityParser.Parse(value).Success) ok++;
        }

        return ok;
    }
}

/// <summary>A generated corpus loaded once, shared by the checking and writing benchmarks.</summary>
public abstract class CorpusBenchmark
{
    private string? directory;

    /// <summary>Claims in the corpus.</summary>
    protected abstract int Claims { get; }

    /// <summary>Subjects in the corpus (1 puts every claim on one subject).</summary>
    protected abstract int Subjects { get; }

    /// <summary>The loaded corpus.</summary>
    private protected ClaimCorpus Corpus { get; private set; } = null!;

    /// <summary>Generates and loads the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "claimcheck-micro-" + Guid.NewGuid().ToString("N"));
        CorpusGenerator.Generate(directory, new CorpusSpec(Claims, Math.Max(1, Claims / 100), Subjects));
        Corpus = ClaimCorpus.Load([directory]);
        AfterLoad();
    }

    /// <summary>Removes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (directory is not null && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    /// <summary>Work done once after loading.</summary>
    protected virtual void AfterLoad()
    {
    }
}

/// <summary>The interval sweep: the range rule on one subject holding every claim.</summary>
[MemoryDiagnoser]
public class IntervalSweepOneSubject : CorpusBenchmark
{
    private readonly QuantityRangeRule rule = new();
    private SubjectGroup group = null!;
    private CheckContext context = null!;

    /// <inheritdoc/>
    protected override int Claims => 20_000;

    /// <inheritdoc/>
    protected override int Subjects => 1;

    /// <inheritdoc/>
    protected override void AfterLoad()
    {
        var groups = SubjectGrouper.Group(ClaimNormalizer.Normalize(Corpus).Claims, Corpus.Registry);
        group = groups.OrderByDescending(g => g.Claims.Length).First();
        context = new CheckContext(Corpus.Registry, groups);
    }

    /// <summary>All findings of the range rule for the one subject.</summary>
    [Benchmark]
    public int RangeRule() => rule.Check(group, context).Count();
}

/// <summary>Normalising, grouping and judging 20,000 claims over 2,000 subjects.</summary>
[MemoryDiagnoser]
public class Checking : CorpusBenchmark
{
    /// <inheritdoc/>
    protected override int Claims => 20_000;

    /// <inheritdoc/>
    protected override int Subjects => 2_000;

    /// <summary>CheckEngine.Check end to end (no loading).</summary>
    [Benchmark]
    public int Check() => Engine.Check(Corpus).Subjects.Length;
}

/// <summary>Writing the JSON and HTML reports of 20,000 claims over 2,000 subjects.</summary>
[MemoryDiagnoser]
public class ReportWriting : CorpusBenchmark
{
    private CheckReport report = null!;
    private string json = null!;

    /// <inheritdoc/>
    protected override int Claims => 20_000;

    /// <inheritdoc/>
    protected override int Subjects => 2_000;

    /// <inheritdoc/>
    protected override void AfterLoad()
    {
        report = Engine.Check(Corpus);
        json = JsonReportWriter.ToJson(report);
    }

    /// <summary>The JSON report as text.</summary>
    [Benchmark]
    public int Json() => JsonReportWriter.ToJson(report).Length;

    /// <summary>The HTML report (built-in template) with the JSON embedded.</summary>
    [Benchmark]
    public int Html() => HtmlReportWriter.Render(report, json).Html?.Length ?? 0;
}

