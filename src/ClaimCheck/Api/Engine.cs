using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Loading;
using ClaimCheck.Normalisation;
using ClaimCheck.Reporting;
using ClaimCheck.Resolution;

namespace ClaimCheck;

/// <summary>The pipeline, stage by stage: normalise, group, check, resolve, compose the report.</summary>
internal static class Engine
{
    /// <summary>Corpora at least this large hand the garbage of each stage back before the next one grows its own.</summary>
    internal const int CompactFromClaims = 50_000;

    /// <summary>Checks a loaded corpus into the one report every writer renders.</summary>
    public static CheckReport Check(ClaimCorpus corpus, CheckOptions? options = null, ResolutionOptions? resolution = null, RunProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new CheckOptions();
        var normalized = ClaimNormalizer.Normalize(corpus, progress);
        progress?.Begin("grouping subjects", 0);
        var groups = SubjectGrouper.Group(normalized.Claims, corpus.Registry);
        progress?.Begin("checking subjects", groups.Length);
        var subjects = CheckEngine.Check(groups, corpus.Registry, new RuleOptions(options.MaxFindingsPerRule), corpus.Sources, progress);
        var large = corpus.Claims.Length >= CompactFromClaims;
        if (large) Compact();
        progress?.Begin("resolving values", 0);
        var resolved = options.Resolve ? TruthResolver.Resolve(groups, corpus.Registry, resolution) : ResolutionResult.Empty;
        if (large && options.Resolve) Compact();
        progress?.Begin("composing the report", 0);
        return CheckReport.Compose(corpus.Sources, corpus.Claims.Length, subjects, corpus.Diagnostics.Concat(normalized.Diagnostics), resolved);
    }

    /// <summary>The subjects of the files with their counts and the likely duplicate keys (<c>claimcheck subjects</c>).</summary>
    public static (ClaimCorpus Corpus, SubjectCatalog Catalog) Subjects(IEnumerable<string> paths, RunProgress? progress = null)
    {
        var corpus = Load(paths, new LoadOptions(Progress: progress));
        progress?.Begin("finding subjects", 0);
        return (corpus, SubjectCatalog.Build(corpus));
    }

    /// <summary>Loads and validates the files; the diagnostics are sorted here, once, as the stages leave them unsorted.</summary>
    public static ClaimCorpus Load(IEnumerable<string> paths, LoadOptions? options = null)
    {
        var corpus = ClaimCorpus.Load(paths, options);
        return corpus with { Diagnostics = Core.DiagnosticOrder.Sort(corpus.Diagnostics) };
    }

    /// <summary>Loads and validates, including what only reading the values shows (CC03xx).</summary>
    public static ClaimCorpus Validate(IEnumerable<string> paths, LoadOptions? options = null)
    {
        var corpus = ClaimCorpus.Load(paths, options);
        var normalized = ClaimNormalizer.Normalize(corpus, options?.Progress);
        return corpus with { Diagnostics = Core.DiagnosticOrder.Sort(corpus.Diagnostics.Concat(normalized.Diagnostics)) };
    }

    /// <summary>
    /// Checking, then resolution, each leave a heap of garbage behind them that the runtime keeps as its own; what
    /// lives on is the report. A compacting collection after each hands that space back before the next stage grows
    /// its own (docs/performance.md has the figures); small corpora skip it, where it would only cost time.
    /// </summary>
    private static void Compact() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
