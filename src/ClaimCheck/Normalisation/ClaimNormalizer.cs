using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Normalisation;

/// <summary>
/// Turns the claims of a corpus into <see cref="CheckedClaim"/>s: subject aliases resolved, values
/// read as quantities or categories, periods resolved, comparisons parsed. Problems become
/// diagnostics, never exceptions, so <c>claimcheck validate</c> can use it on its own.
/// </summary>
internal static class ClaimNormalizer
{
    private const int ChunkSize = 2048;

    /// <summary>Normalises every claim of <paramref name="corpus"/>.</summary>
    public static NormalizedClaims Normalize(ClaimCorpus corpus, RunProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        progress?.Begin("reading values", corpus.Claims.Length);
        var context = new Context(corpus);
        // Claims are read in parallel, in fixed chunks; each chunk keeps its diagnostics in claim order,
        // and the chunks are joined in order, so the output is the same as a single-threaded run.
        var all = corpus.Claims;
        var claims = new CheckedClaim[all.Length];
        var chunks = (all.Length + ChunkSize - 1) / ChunkSize;
        var chunkDiagnostics = new List<Diagnostic>?[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            List<Diagnostic>? found = null;
            var memo = new ChunkMemo();
            var end = Math.Min(all.Length, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                claims[i] = NormalizeClaim(all[i], context, memo, ref found);
            }

            progress?.Advance(end - (chunk * ChunkSize));

            chunkDiagnostics[chunk] = found;
        });
        foreach (var found in chunkDiagnostics)
        {
            if (found is not null) context.Diagnostics.AddRange(found);
        }

        var result = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(claims);
        var knownSubjects = result.Select(c => c.SubjectKey)
            .Concat(corpus.Registry.Subjects.Keys)
            .ToHashSet(StringComparer.Ordinal);
        WarnComparisonsWithUnknownSubjects(result, knownSubjects, context.Diagnostics);
        result = SubjectWide(result, context);
        WarnMixedValues(result, context.Diagnostics);
        return new NormalizedClaims(result, [.. context.Diagnostics]);
    }

    private static CheckedClaim NormalizeClaim(Claim claim, Context context, ChunkMemo memo, ref List<Diagnostic>? diagnostics)
    {
        var key = context.Resolver.Resolve(claim.Subject);
        var definition = context.Definitions.GetValueOrDefault(key);
        var period = ReadPeriod(claim, context, memo, ref diagnostics);
        var tolerance = definition?.Tolerance ?? SubjectGrouper.DefaultTolerance;

        if (claim.Compare is not null)
        {
            return new CheckedClaim(claim, key, null, null, ReadComparison(claim, key, tolerance, context, ref diagnostics), period);
        }

        var text = claim.Value ?? "";
        var kind = definition?.Kind ?? SubjectKind.Inferred;
        if (kind == SubjectKind.Category)
        {
            return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
        }

        // One parse decides both: a value that does not read as a quantity is a category unless declared otherwise.
        var options = new QuantityOptions(tolerance, period.Year, context.Rates, definition?.Unit, kind == SubjectKind.Date, StatedYear(claim, period));
        var parsed = QuantityParser.Parse(text, options);
        if (parsed.Success)
        {
            return new CheckedClaim(claim, key, parsed.Value, null, null, period);
        }

        // "April 15" with no year of its own and no period of one year: the subject-wide pass finds the year.
        if (parsed.Error is { } yearless && yearless.StartsWith(DateValueReader.YearlessDate, StringComparison.Ordinal))
        {
            context.Yearless[claim] = true;
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        // A missing exchange rate is no category: the value is money the tables cannot convert.
        if (parsed.Error is { } rateError && rateError.StartsWith(CurrencyConverter.MissingRate, StringComparison.Ordinal))
        {
            (diagnostics ??= []).Add(DiagnosticDescriptors.MissingRate.At(claim.ValuePosition.Offset(parsed.Offset),
                $"'{text}' of '{claim.Ref}': {rateError}"));
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        // A figure beyond any value is a mistake in the figure, not a name: an error at the figure, in any subject.
        if (parsed.Error is { } rangeError && rangeError.StartsWith(QuantityParser.OutOfRange, StringComparison.Ordinal))
        {
            (diagnostics ??= []).Add(DiagnosticDescriptors.OutOfRange.At(
                claim.ValuePosition.Offset(parsed.Offset),
                $"'{text}' of '{claim.Ref}' is not compared: {rangeError}; check the figure"));
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        if (kind is SubjectKind.Quantity or SubjectKind.Date)
        {
            (diagnostics ??= []).Add(DiagnosticDescriptors.BadQuantity.At(claim.ValuePosition.Offset(parsed.Offset),
                $"'{text}' is not a {(kind == SubjectKind.Date ? "date" : "quantity")}, but subject '{key}' is declared 'kind: {(kind == SubjectKind.Date ? "date" : "quantity")}': {parsed.Error}"));
            return new CheckedClaim(claim, key, null, null, null, period);
        }

        // Kept as a label for now; the subject-wide pass decides (a subject whose other values are quantities).
        if (StartsLikeQuantity(text) && parsed.Offset > 0)
            context.Unread[claim] = parsed;
        return new CheckedClaim(claim, key, null, Synonyms.Apply(text, definition), null, period);
    }

    // The year a claim's own period states, when it lies within one calendar year ("period: 1912"); not the present.
    private static int? StatedYear(Claim claim, Period period) =>
        !string.IsNullOrWhiteSpace(claim.Period) && period is { State: PeriodState.Resolved, Start: { } start, End: { } end } && start.Year == end.Year
            ? start.Year
            : null;

    // A figure, a sign or a currency symbol first: the writer meant a quantity ("55-kilometre-ish", "5G" is a name but
    // reads nothing past its figure, so only failures after the first character count).
    private static bool StartsLikeQuantity(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && (char.IsAsciiDigit(trimmed[0]) || trimmed[0] is '$' or '¥' or '€' or '£' or '₹' or '₩' or '₽' or '₺' or '~');
    }

    private static Period ReadPeriod(Claim claim, Context context, ChunkMemo memo, ref List<Diagnostic>? diagnostics)
    {
        if (!ReferenceEquals(claim.SourceId, memo.SourceId))
        {
            memo.SourceId = claim.SourceId;
            memo.Published = context.PublishedBySource.GetValueOrDefault(claim.SourceId);
        }

        var published = memo.Published;
        if (!memo.Periods.TryGetValue((claim.Period, published), out var parsed))
        {
            parsed = context.Periods.GetOrAdd((claim.Period, published), static key => PeriodParser.Parse(key.Text, key.Published));
            memo.Periods[(claim.Period, published)] = parsed;
        }

        if (parsed.Success && parsed.Value is { } period)
        {
            if (period.State == PeriodState.Resolved)
                return period;
            // The claims of one article that share a present share one anchored period.
            if (!ReferenceEquals(memo.AnchoredFrom, period) || memo.Anchored!.Anchor != claim.SourceId)
                (memo.AnchoredFrom, memo.Anchored) = (period, period with { Anchor = claim.SourceId });
            return memo.Anchored;
        }

        var at = (claim.PeriodPosition ?? claim.Position).Offset(parsed.Offset);
        (diagnostics ??= []).Add(DiagnosticDescriptors.BadPeriod.At(at,
            $"'{claim.Period}' is not a period: {parsed.Error}"));

        // Checked as a period that may overlap anything, so its values still count where they agree.
        return new Period(claim.Period ?? "", null, null, PeriodState.Unresolved, false);
    }

    private static Comparison? ReadComparison(Claim claim, string key, double tolerance, Context context, ref List<Diagnostic>? diagnostics)
    {
        var parsed = ComparisonParser.Parse(claim.Compare!, tolerance);
        if (parsed.Success && parsed.Value is not null)
        {
            var written = parsed.Value.OtherSubject;
            var other = context.Resolver.Resolve(written);
            if (other != key)
            {
                return parsed.Value with { OtherSubject = other };
            }

            // A subject is neither more nor less than itself: the claim is reported and not checked.
            var at = claim.Compare!.LastIndexOf(written, StringComparison.OrdinalIgnoreCase);
            var alias = written != key ? $" ('{written}' is another key for '{key}')" : "";
            (diagnostics ??= []).Add(DiagnosticDescriptors.SelfComparison.At(claim.ValuePosition.Offset(Math.Max(0, at)),
                $"'{claim.Compare}' compares subject '{key}' with itself{alias}; compare it with another subject, or give the figure as a 'value'"));
            return null;
        }

        (diagnostics ??= []).Add(DiagnosticDescriptors.BadComparison.At(claim.ValuePosition.Offset(parsed.Offset),
            $"'{claim.Compare}' is not a comparison: {parsed.Error}; write e.g. 'more-than other.subject' or 'nearly 3x other.subject'"));
        return null;
    }

    /// <summary>
    /// What one claim cannot decide alone: a plain year in a subject whose other values are dates is a date; a
    /// word after a figure in a subject that measures a dimension is a unit the catalogue does not know, not a
    /// counted noun; a value that starts like a quantity but does not read, among quantities, is an error at its
    /// position rather than a label.
    /// </summary>
    private static ImmutableArray<CheckedClaim> SubjectWide(ImmutableArray<CheckedClaim> claims, Context context)
    {
        var dimensions = new Dictionary<string, (bool Dates, Dimension? Physical, bool Quantities, int FirstYear, int LastYear)>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(dimensions, c.SubjectKey, out _);
            if (c.Quantity is { } q)
            {
                entry.Quantities = true;
                entry.Dates |= q.Dimension == Dimension.Date;
                if (q.Dimension == Dimension.Date && q.Interval.IsBounded)
                {
                    var (first, last) = (DateOnly.FromDayNumber((int)q.Interval.Min).Year, DateOnly.FromDayNumber((int)q.Interval.Max).Year);
                    entry.FirstYear = entry.FirstYear == 0 ? first : Math.Min(entry.FirstYear, first);
                    entry.LastYear = Math.Max(entry.LastYear, last);
                }
                if (IsPhysical(q.Dimension))
                    entry.Physical ??= q.Dimension;
            }
        }

        foreach (var (key, definition) in context.Definitions)
        {
            if (definition.Unit is { } unit && UnitCatalog.Find(unit) is { } registryUnit && IsPhysical(registryUnit.Dimension))
            {
                var entry = dimensions.GetValueOrDefault(key);
                entry.Physical = registryUnit.Dimension;
                dimensions[key] = entry;
            }
        }

        // The years that days without a year take from their own articles, by subject: "24 October" in an article of
        // 2018 dates "Oct 24" of an undated article about the same day, when no date of the subject writes its year.
        var articleYears = new Dictionary<string, (int First, int Last)>(StringComparer.Ordinal);
        if (!context.Yearless.IsEmpty)
        {
            foreach (var c in claims)
            {
                if (!context.Yearless.ContainsKey(c.Claim) || context.PublishedBySource.GetValueOrDefault(c.Claim.SourceId) is not { } date) continue;
                articleYears[c.SubjectKey] = articleYears.TryGetValue(c.SubjectKey, out var seen)
                    ? (Math.Min(seen.First, date.Year), Math.Max(seen.Last, date.Year))
                    : (date.Year, date.Year);
            }
        }

        CheckedClaim[]? changed = null;
        var anyYearless = !context.Yearless.IsEmpty;
        var anyUnread = !context.Unread.IsEmpty;
        for (var i = 0; i < claims.Length; i++)
        {
            var c = claims[i];
            // Most claims need nothing of their subject: look it up only for the shapes below that do.
            if (!(anyYearless || c.Quantity is { Dimension: Dimension.Count } || (anyUnread && c.Category is not null)))
                continue;
            var subject = dimensions.GetValueOrDefault(c.SubjectKey);
            var replacement = c;
            if (anyYearless && context.Yearless.ContainsKey(c.Claim))
            {
                int? shared = subject.FirstYear == subject.LastYear && subject.FirstYear > 0 ? subject.FirstYear : null;
                if (shared is null && context.PublishedBySource.GetValueOrDefault(c.Claim.SourceId) is null
                    && articleYears.TryGetValue(c.SubjectKey, out var dated) && dated.First == dated.Last)
                    shared = dated.First;
                replacement = WithYear(c, shared, context);
            }
            else if (c.Quantity is { Dimension: Dimension.Count, Label: null, Per: null } && subject.Dates)
            {
                var definition = context.Definitions.GetValueOrDefault(c.SubjectKey);
                var asDate = QuantityParser.Parse(c.Claim.Value ?? "", new QuantityOptions(BareYearIsDate: true, TargetUnit: definition?.Unit));
                if (asDate.Success && asDate.Value!.Dimension == Dimension.Date)
                    replacement = c with { Quantity = asDate.Value };
            }
            else if (c.Quantity is { Dimension: Dimension.Count, Label: { } label } counted && subject.Physical is { } dimension)
            {
                var close = Suggestions.Closest(label, UnitCatalog.Spellings().Where(s => s.Length > 2));
                context.Diagnostics.Add(DiagnosticDescriptors.UnknownUnit.At(c.Claim.ValuePosition.Offset(Math.Max(0, counted.LabelOffset)),
                    $"'{label}' in '{c.Claim.Value}' of '{c.Claim.Ref}' is not a unit the catalogue knows, and '{c.SubjectKey}' measures {QuantityPartition.Describe(new QuantityPartition(dimension, "", null))}; the value is not compared"
                    + (close is null ? "; write a unit such as km, nm, hours" : $"; did you mean '{close}'?")));
                replacement = c with { Quantity = null };
            }
            else if (anyUnread && c.Category is not null && context.Unread.TryGetValue(c.Claim, out var unread))
            {
                var at = c.Claim.ValuePosition.Offset(unread.Offset);
                if (subject.Quantities)
                {
                    context.Diagnostics.Add(DiagnosticDescriptors.BadQuantity.At(at,
                        $"'{c.Claim.Value}' of '{c.Claim.Ref}' does not read as a quantity, while other values of '{c.SubjectKey}' do: {unread.Error}"));
                    replacement = c with { Category = null };
                }
                else
                {
                    context.Diagnostics.Add(DiagnosticDescriptors.QuantityReadAsLabel.At(at,
                        $"'{c.Claim.Value}' of '{c.Claim.Ref}' starts like a quantity but does not read ({unread.Error}); it is compared as the label '{c.Category}'"));
                }
            }

            if (!ReferenceEquals(replacement, c))
                (changed ??= [.. claims])[i] = replacement;
        }

        return changed is null ? claims : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(changed);
    }

    /// <summary>
    /// A day and month without a year ("April 15") takes the one calendar year the subject's other dates share (a
    /// retrospective names the day of a historic event whose year other articles give), else its article's publication
    /// year (news names the days around it), else, in an undated article, the one year the subject's other days without
    /// a year take from their articles; without any it is not compared (CC0314).
    /// </summary>
    private static CheckedClaim WithYear(CheckedClaim c, int? subjectYear, Context context)
    {
        var year = subjectYear ?? context.PublishedBySource.GetValueOrDefault(c.Claim.SourceId)?.Year;
        var definition = context.Definitions.GetValueOrDefault(c.SubjectKey);
        var read = year is null ? default : QuantityParser.Parse(c.Claim.Value ?? "", new QuantityOptions(TargetUnit: definition?.Unit, BareYearIsDate: true, DayMonthYear: year));
        if (read.Success)
            return c with { Quantity = read.Value };

        context.Diagnostics.Add(DiagnosticDescriptors.YearlessDate.At(
            c.Claim.ValuePosition.Offset(read.Offset),
            year is null
                ? $"'{c.Claim.Value}' of '{c.Claim.Ref}' is a day and month without a year, and neither its period, the other dates of '{c.SubjectKey}' nor its article's date gives one; it is compared as a label, not as a date; write the year ('April 15, 1912') or a period"
                : $"'{c.Claim.Value}' of '{c.Claim.Ref}' taken in {year}: {read.Error}; it is compared as a label, not as a date"));
        return c with { Category = Synonyms.Apply(c.Claim.Value ?? "", definition) };
    }

    private static bool IsPhysical(Dimension dimension) =>
        dimension is not (Dimension.Count or Dimension.Currency or Dimension.Percent or Dimension.Date);

    // Articles often compare with a baseline they give no figure for ("more PhDs than California"):
    // that is content, shown in the report, not a mistake. Only a key that nothing else names but
    // that is a near miss of one that is known looks like a typo worth a warning.
    private static void WarnComparisonsWithUnknownSubjects(
        ImmutableArray<CheckedClaim> claims, HashSet<string> knownSubjects, List<Diagnostic> diagnostics)
    {
        foreach (var claim in claims)
        {
            if (claim.Comparison is not { } comparison || knownSubjects.Contains(comparison.OtherSubject)) continue;
            if (Suggestions.Closest(comparison.OtherSubject, knownSubjects.Where(k => k != claim.SubjectKey)) is not { } close) continue;
            diagnostics.Add(DiagnosticDescriptors.CompareWithoutValues.At(claim.Claim.ValuePosition,
                $"'{claim.Claim.Ref}' compares with '{comparison.OtherSubject}', which no claim or registry entry names; did you mean '{close}'?"));
        }
    }

    private static void WarnMixedValues(ImmutableArray<CheckedClaim> claims, List<Diagnostic> diagnostics)
    {
        // Performance: one pass finds the few subjects that mix kinds or dimensions; only their claims are grouped.
        var seen = new Dictionary<string, (bool Quantity, bool Category, QuantityPartition First, bool Mixed)>(StringComparer.Ordinal);
        var anyMixed = false;
        foreach (var c in claims)
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, c.SubjectKey, out _);
            if (c.Quantity is { } q)
            {
                var partition = QuantityPartition.Of(q);
                if (entry.Quantity && partition != entry.First) entry.Mixed = true;
                else if (!entry.Quantity) entry.First = partition;
                entry.Quantity = true;
            }

            entry.Category |= c.Category is not null;
            entry.Mixed |= entry.Quantity && entry.Category;
            anyMixed |= entry.Mixed;
        }

        if (!anyMixed) return;
        foreach (var subject in claims.Where(c => seen[c.SubjectKey].Mixed).GroupBy(c => c.SubjectKey, StringComparer.Ordinal))
        {
            var quantities = subject.Where(c => c.Quantity is not null).ToList();
            var categories = subject.Where(c => c.Category is not null).ToList();
            if (quantities.Count > 0 && categories.Count > 0)
            {
                // The minority is the likely typo; on a tie, the categories.
                var odd = categories.Count <= quantities.Count ? categories : quantities;
                foreach (var claim in odd)
                {
                    diagnostics.Add(DiagnosticDescriptors.MixedKinds.At(claim.Claim.ValuePosition,
                        $"'{claim.Claim.Value}' of '{claim.Claim.Ref}' reads as a {(claim.Quantity is null ? "category" : "quantity")} while other claims of '{subject.Key}' read as {(claim.Quantity is null ? "quantities" : "categories")}; they are not compared; correct the value or set 'kind' in the registry"));
                }
            }

            var byDimension = quantities
                .GroupBy(c => QuantityPartition.Of(c.Quantity!))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
                .ToList();
            foreach (var minority in byDimension.Skip(1))
            {
                foreach (var claim in minority)
                {
                    diagnostics.Add(DiagnosticDescriptors.MixedDimensions.At(claim.Claim.ValuePosition,
                        $"'{claim.Claim.Value}' of '{claim.Claim.Ref}' is {QuantityPartition.Describe(minority.Key)} while most claims of '{subject.Key}' are {QuantityPartition.Describe(byDimension[0].Key)}; they are not compared; correct the unit or use another subject"));
                }
            }
        }
    }

    /// <summary>
    /// What one chunk's claims (in file order) repeat: the article's date, and the periods already read; the chunk's
    /// own table before the corpus-wide one, whose adds take a lock that parallel chunks contended for.
    /// </summary>
    private sealed class ChunkMemo
    {
        public string? SourceId;
        public DateOnly? Published;
        public readonly Dictionary<(string? Text, DateOnly? Published), ParseResult<Period>> Periods = [];
        public Period? AnchoredFrom;
        public Period? Anchored;
    }

    private sealed class Context(ClaimCorpus corpus)
    {
        // Built on first use (a corpus of categories never needs exchange rates), once, by whichever thread needs it.
        private readonly Lazy<RateTable> rates = new(() => RateTable.Default.With(corpus.Registry.Rates));

        public ClaimCorpus Corpus { get; } = corpus;

        public SubjectResolver Resolver { get; } = new(corpus.Registry);

        // The registry's sorted dictionary is a tree; every claim looks its subject up once.
        public FrozenDictionary<string, SubjectDefinition> Definitions { get; } = corpus.Registry.Subjects.ToFrozenDictionary(StringComparer.Ordinal);

        public List<Diagnostic> Diagnostics { get; } = [];

        public Dictionary<string, DateOnly?> PublishedBySource { get; } = corpus.Sources
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Published, StringComparer.Ordinal);

        public RateTable Rates => rates.Value;

        /// <summary>Days and months without a year, read once the subject's other dates are known.</summary>
        public ConcurrentDictionary<Claim, bool> Yearless { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Values that started like a quantity but did not read (kept as labels until the subject-wide pass).</summary>
        public ConcurrentDictionary<Claim, ParseResult<Quantity>> Unread { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>
        /// Each distinct period text (against a publication date) is read once, and claims share the result:
        /// a corpus repeats a few dozen periods over all its claims, and a million claims held a million equal periods.
        /// </summary>
        public ConcurrentDictionary<(string? Text, DateOnly? Published), ParseResult<Period>> Periods { get; } = new();
    }
}
