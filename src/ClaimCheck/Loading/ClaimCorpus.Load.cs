using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Loading;
using ClaimCheck.Loading.Articles;
using ClaimCheck.Quantities;

namespace ClaimCheck.Loading;

internal sealed partial record ClaimCorpus
{
    private static readonly SourceValidator SourceRules = new();
    private static readonly ClaimValidator ClaimRules = new();
    private static readonly ClaimFileValidator ClaimFileRules = new();
    private static readonly RegistryValidator RegistryRules = new();
    private static readonly CorpusValidator CorpusRules = new();

    /// <summary>
    /// Loads every <c>*.yaml</c>/<c>*.yml</c> file under <paramref name="paths"/> (folders are searched
    /// recursively). Never throws on user input: every problem in every file becomes a positioned
    /// <see cref="Diagnostic"/>, and everything that could be read is kept.
    /// </summary>
    /// <param name="paths">Files and folders, as the user gave them.</param>
    /// <param name="options">Limits against hostile input; defaults when null.</param>
    public static ClaimCorpus Load(IEnumerable<string> paths, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var diagnostics = new List<Diagnostic>();
        var baseDirectory = Path.GetFullPath(options.BaseDirectory ?? Environment.CurrentDirectory);
        var files = CorpusFiles.Find(paths, baseDirectory, diagnostics);
        if (files.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(DiagnosticDescriptors.NoFiles.At(new SourcePosition(".", 1, 1),
                "no *.yaml or *.yml files found under the given paths"));
        }

        // Files parse, validate and become claims in parallel (each file's raw records are dropped as soon as its
        // claims are built, so a large corpus is never held twice); AsOrdered keeps the merge in path order.
        var shared = new SharedStrings();
        options.Progress?.Begin("reading claim files", files.Count);
        var results = files.AsParallel().AsOrdered()
            .Select(file =>
            {
                var result = ReadFile(file, options, shared);
                options.Progress?.Advance();
                return result;
            })
            .ToList();

        var registries = new List<RawRegistry>();
        var sourceIds = new List<RawScalar>();
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
            if (result.Registry is not null) registries.Add(result.Registry);
            if (result.SourceId is not null) sourceIds.Add(result.SourceId);
        }

        var corpusResult = CorpusRules.Validate(new RawCorpus(sourceIds, registries));
        diagnostics.AddRange(corpusResult.ToDiagnostics());
        var duplicateSources = corpusResult.Errors
            .Where(e => e.ErrorCode == DiagnosticDescriptors.DuplicateSourceId.Code)
            .Select(e => (SourcePosition)e.CustomState)
            .ToHashSet();

        var sources = new List<Source>();
        var claims = new List<Claim>(results.Sum(r => r.Claims.Count));
        foreach (var result in results)
        {
            if (result.ClaimFile is not { } position) continue;
            var source = result.SourceId is { } id && duplicateSources.Contains(id.Position) ? null : result.Source;
            if (source is null)
            {
                // Say so, so no claim disappears without a word.
                if (result.RawClaimCount > 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.ClaimsSkipped.At(position, string.Create(CultureInfo.InvariantCulture,
                        $"the {result.RawClaimCount} claim(s) of this file are not used until its source is valid")));
                }

                continue;
            }

            sources.Add(source);
            claims.AddRange(result.Claims);
        }

        return new ClaimCorpus(
            [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)],
            [.. claims],
            BuildRegistry(registries),
            [.. diagnostics.Distinct()]);
    }

    /// <summary>What one file gave: its diagnostics, and its source and valid claims or its registry.</summary>
    private sealed record FileResult(List<Diagnostic> Diagnostics)
    {
        public SourcePosition? ClaimFile { get; init; }
        public RawScalar? SourceId { get; init; }
        public Source? Source { get; init; }
        public List<Claim> Claims { get; init; } = [];
        public int RawClaimCount { get; init; }
        public RawRegistry? Registry { get; init; }
    }

    private static FileResult ReadFile(CorpusFile file, LoadOptions options, SharedStrings shared)
    {
        var (document, diagnostics) = ReadDocument(file, options);
        switch (document)
        {
            case RawClaimFile claimFile:
                var source = BuildSource(claimFile.Source);
                return new FileResult(diagnostics)
                {
                    ClaimFile = claimFile.Position,
                    SourceId = claimFile.Source?.Id,
                    Source = source,
                    Claims = source is null ? [] : [.. BuildClaims(claimFile, source, shared)],
                    RawClaimCount = claimFile.Claims.Count,
                };
            case RawRegistry registry:
                return new FileResult(diagnostics) { Registry = registry };
            default:
                return new FileResult(diagnostics);
        }
    }

    private static (object? Document, List<Diagnostic> Diagnostics) ReadDocument(CorpusFile file, LoadOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var text = FileReader.ReadText(file, options, diagnostics);
            if (text is null) return (null, diagnostics);

            var root = YamlTreeReader.Read(text, file.DisplayPath, options, diagnostics);
            if (root is null || root is YamlScalar { IsNull: true })
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.EmptyFile.At(new SourcePosition(file.DisplayPath, 1, 1),
                        "file is empty; write a claim file (claimcheck new SOURCE-ID) or delete it"));
                }

                return (null, diagnostics);
            }

            var document = new DocumentBinder(diagnostics).Bind(root, file.DisplayPath);
            switch (document)
            {
                case RawClaimFile claimFile:
                    // MaxClaimsPerFile and MaxNodes were counted while parsing (YamlTreeReader), before any tree was built.
                    if (claimFile.Source is not null) diagnostics.AddRange(SourceRules.Validate(claimFile.Source).ToDiagnostics());
                    foreach (var claim in claimFile.Claims)
                    {
                        var result = ClaimRules.Validate(claim);
                        claim.IsValid = result.IsValid;
                        diagnostics.AddRange(result.ToDiagnostics());
                    }

                    diagnostics.AddRange(ClaimFileRules.Validate(claimFile).ToDiagnostics());
                    if (claimFile.Source?.Text is { } articleKey) ArticleQuotes.Check(claimFile, articleKey, file.FullPath, options, diagnostics);
                    break;
                case RawRegistry registry:
                    diagnostics.AddRange(RegistryRules.Validate(registry).ToDiagnostics());
                    break;
            }

            return (document, diagnostics);
        }
        catch (OutOfMemoryException)
        {
            // Within the limits a file takes a few hundred MB at most; a process given less is told so for that file only.
            diagnostics.Clear();
            diagnostics.Add(DiagnosticDescriptors.LimitExceeded.At(new SourcePosition(file.DisplayPath, 1, 1),
                "reading this file needs more memory than this process may use; it is not read (split it, or allow the run more memory)"));
            return (null, diagnostics);
        }
        catch (Exception ex)
        {
            // A bug of ours must not hide the other files' results or show a stack trace.
            diagnostics.Add(DiagnosticDescriptors.Unreadable.At(new SourcePosition(file.DisplayPath, 1, 1),
                $"internal error while reading this file ({ex.GetType().Name}: {ex.Message}); please report it"));
            return (null, diagnostics);
        }
    }

    private static Source? BuildSource(RawSource? raw)
    {
        if (raw?.Id is null || raw.Title is null || !Syntax.IsId(raw.Id.Text) || string.IsNullOrWhiteSpace(raw.Title.Text)) return null;

        // Invalid optional fields were reported; the source is kept without them.
        var url = raw.Url is { } u && Syntax.IsHttpUrl(u.Text) ? u.Text : null;
        DateOnly? published = raw.Published is { } p && Syntax.TryParsePublished(p.Text, out var date) ? date : null;
        return new Source(raw.Id.Text, raw.Title.Text, raw.Outlet?.Text, url, published, raw.Position)
        {
            Text = raw.Text?.Text,
            Article = raw.Article,
        };
    }

    private static IEnumerable<Claim> BuildClaims(RawClaimFile file, Source source, SharedStrings shared)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in file.Claims)
        {
            // A claim with an error of its own is reported and left out; the others are kept.
            if (!raw.IsValid || !seen.Add(raw.Id!.Text)) continue;
            var value = raw.Value ?? raw.Compare!;
            yield return new Claim(
                raw.Id.Text,
                source.Id,
                shared.Get(raw.Subject!.Text),
                raw.Value?.Text,
                raw.Compare?.Text,
                raw.Period is { } period ? shared.Get(period.Text) : null,
                Enum.Parse<ClaimStatus>(raw.Status?.Text ?? "reported", ignoreCase: true),
                raw.Quote?.Text,
                raw.Note?.Text,
                raw.Position,
                value.Position,
                raw.Period?.Position)
            {
                QuoteCheck = raw.QuoteCheck,
                // Surrounding space is not part of who is cited; case is kept for display and ignored when compared.
                AttributedTo = raw.AttributedTo?.Text.Trim() is { Length: > 0 } who ? shared.Get(who) : null,
            };
        }
    }

    private static Registry BuildRegistry(IReadOnlyList<RawRegistry> registries)
    {
        var subjects = ImmutableSortedDictionary.CreateBuilder<string, SubjectDefinition>(StringComparer.Ordinal);
        foreach (var raw in registries.SelectMany(r => r.Subjects))
        {
            if (!Syntax.IsSubjectKey(raw.Key.Text) || subjects.ContainsKey(raw.Key.Text)) continue;
            subjects[raw.Key.Text] = new SubjectDefinition(
                raw.Key.Text,
                raw.Label?.Text,
                raw.Kind?.Text switch { "quantity" => SubjectKind.Quantity, "category" => SubjectKind.Category, "date" => SubjectKind.Date, _ => SubjectKind.Inferred },
                raw.Unit?.Text,
                raw.Single?.Text != "false",
                raw.Tolerance is { } t && RegistryValidator.TryParseTolerance(t.Text, out var tolerance) ? tolerance : null,
                [.. raw.Aliases.Select(a => a.Text).Where(Syntax.IsSubjectKey).Distinct(StringComparer.Ordinal)],
                Pairs(raw.Within),
                Pairs(raw.Same),
                raw.Key.Position)
            {
                Timeless = raw.Timeless?.Text switch { "true" => true, "false" => false, _ => null },
            };
        }

        var rates = registries.SelectMany(r => r.Rates)
            .Select(r => (r, ok: int.TryParse(r.Year.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                                  & RateTable.TryParsePerUsd(r.PerUsd.Text, out var perUsd),
                year, perUsd))
            .Where(x => x.ok && RateTable.IsPlausible(x.perUsd))
            .Select(x => new ExchangeRate(x.r.Currency.Text, x.year, x.perUsd, x.r.PerUsd.Position.ToString()))
            .DistinctBy(r => (r.Currency, r.Year));

        return new Registry(subjects.ToImmutable(), Pairs(registries.SelectMany(r => r.Within)), [.. rates]);
    }

    private static ImmutableDictionary<string, string> Pairs(IEnumerable<RawPair> pairs)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs) builder.TryAdd(pair.Key.Text, pair.Value.Text);
        return builder.ToImmutable();
    }

    /// <summary>
    /// One copy of each subject key and period text in the corpus: thousands of claims repeat them (docs/performance.md
    /// has what equal copies cost). Shared by the parallel file reads.
    /// </summary>
    private sealed class SharedStrings
    {
        private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

        public string Get(string text) => strings.GetOrAdd(text, text);
    }
}
