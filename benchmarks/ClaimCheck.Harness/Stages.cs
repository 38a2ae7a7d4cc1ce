using System.Diagnostics;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Loading;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Resolution;
using ClaimCheck;

/// <summary>Times each stage of <c>check</c> in-process, to say where (b)'s time goes (CLAIMCHECK_ALLOCATIONS=1: top allocated types per stage).</summary>
internal static class Stages
{
    public static void Run(string corpusDirectory, Action<FormattableString> line)
    {
        // The first run pays JIT and tiering as the CLI does; the second shows the steady cost.
        line($"stages, cold:");
        Once(corpusDirectory, line);
        line($"stages, warm:");
        Once(corpusDirectory, line);
    }

    private static void Once(string corpusDirectory, Action<FormattableString> line)
    {
        GC.Collect();
        Time("parse only (read text, walk events, one thread)", () =>
        {
            long events = 0;
            foreach (var path in Directory.EnumerateFiles(corpusDirectory, "*.yaml"))
            {
                var parser = new YamlDotNet.Core.Parser(new StringReader(File.ReadAllText(path)));
                while (parser.MoveNext()) events++;
            }

            return events;
        }, line);
        var corpus = Time("load", () => ClaimCorpus.Load([corpusDirectory]), line);
        var normalized = Time("normalise", () => ClaimNormalizer.Normalize(corpus), line);
        Time("group", () => SubjectGrouper.Group(normalized.Claims, corpus.Registry), line);
        Time("check with majority vote (mostly judging)", () => Engine.Check(corpus, resolution: new ResolutionOptions { Method = ResolutionMethod.MajorityVote }), line);
        var report = Time("check (all, incl. normalise, group, resolve)", () => Engine.Check(corpus), line);
        Time("resolve (again, alone)", () => TruthResolver.Resolve(report.Subjects, corpus.Registry), line);
        Time("json", () => { JsonReportWriter.WriteTo(report, Stream.Null); return 0; }, line);
        var options = new HtmlReportOptions();
        Time("html", () => HtmlReportWriter.Render(report, JsonReportWriter.ToJsonWithin(report, options.MaxEmbeddedJsonChars), options), line);

        // The html stage's two parts: the JSON to embed (or null when too large), then the page itself.
        var embedded = Time("html: json to embed", () => JsonReportWriter.ToJsonWithin(report, options.MaxEmbeddedJsonChars), line);
        Time("html: render", () => HtmlReportWriter.Render(report, embedded, options), line);
        line($"stage memory: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB live after all stages");
    }

    private static AllocationSampler? sampler;

    private static T Time<T>(string name, Func<T> stage, Action<FormattableString> line)
    {
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ALLOCATIONS") == "1")
        {
            sampler ??= new AllocationSampler();
            sampler.Clear();
            sampler.Enabled = true;
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = stage();
        watch.Stop();
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
        line($"stage {name}: {watch.Elapsed.TotalSeconds:F3} s, {allocatedMb:F0} MB allocated, {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB live after it");
        if (sampler is { Enabled: true })
        {
            sampler.Enabled = false;
            foreach (var (type, sampled) in sampler.Top(int.TryParse(Environment.GetEnvironmentVariable("CLAIMCHECK_ALLOCATIONS_TOP"), out var top) ? top : 12)) line($"    {sampled / 1e6,8:F0} MB  {type}");
        }

        return result;
    }
}
