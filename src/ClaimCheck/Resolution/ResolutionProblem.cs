using ClaimCheck.Checking;
using ClaimCheck.Model;
using ClaimCheck.Quantities;

namespace ClaimCheck.Resolution;

/// <summary>One distinct value claimed for an item (a subject in one period).</summary>
internal sealed class Candidate(string text, Quantity? quantity, string? category)
{
    public string Text { get; } = text;

    public Quantity? Quantity { get; } = quantity;

    public string? Category { get; } = category;

    public List<CheckedClaim> Claims { get; } = [];
}

/// <summary>A subject in one period: the unit whose one true value is resolved.</summary>
internal sealed class Item(string subject, string period)
{
    public string Subject { get; } = subject;

    public string Period { get; } = period;

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Implies[w][v]: the probability that a claim of candidate w is right when candidate v is the truth.</summary>
    public double[][] Implies { get; set; } = [];

    /// <summary>Counts[w][v]: how much a vote for candidate w counts for candidate v (see <see cref="ResolutionOptions.GeneralPlaceWeight"/>).</summary>
    public double[][] Counts { get; set; } = [];

    /// <summary>Votes of this item (indexes into the problem's votes).</summary>
    public List<int> Votes { get; } = [];
}

/// <summary>One source's claim of one candidate of one item.</summary>
/// <param name="Item">Index of the item.</param>
/// <param name="Candidate">Index of the candidate within the item.</param>
/// <param name="Source">Index of the source.</param>
/// <param name="Weight">1 divided by how many claims the source makes about the item.</param>
/// <param name="Unit">Index of the trust unit: the source, or the source and the item's attribute (<see cref="TrustScope"/>).</param>
internal readonly record struct Vote(int Item, int Candidate, int Source, double Weight, int Unit);

/// <summary>The claims of a report turned into items, candidates and votes, with ClaimCheck's semantics of support.</summary>
internal sealed class ResolutionProblem
{
    public List<Item> Items { get; } = [];

    public List<Vote> Votes { get; } = [];

    public List<string> Sources { get; } = [];

    /// <summary>The source of each trust unit (the identity under <see cref="TrustScope.PerSource"/>).</summary>
    public List<int> UnitSource { get; } = [];

    /// <summary>Whether each trust unit is one attribute of its source (else it is the whole source).</summary>
    public List<bool> UnitIsAttribute { get; } = [];

    /// <summary>Sort key of each trust unit: its source id, then its attribute.</summary>
    public List<string> UnitNames { get; } = [];

    private HashSet<string> sharedAttributes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, int> unitIndex = new(StringComparer.Ordinal);

    private ResolutionOptions options = new();

    /// <summary>Builds the problem: subjects with a single true value, claims with a value, one item per subject and period.</summary>
    public static ResolutionProblem Build(IEnumerable<SubjectResult> subjects, Registry registry, ResolutionOptions options)
    {
        var problem = new ResolutionProblem { options = options };
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new Containment(null, registry);
        var ordered = subjects.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (options.TrustScope == TrustScope.PerAttribute)
        {
            // Only an attribute that several subjects share has a trust of its own ("flight.n1.gate", "flight.n2.gate");
            // a last segment that names one subject ("book.n00017") is an identifier, and its claims use the source's trust.
            problem.sharedAttributes = ordered
                .Select(s => Attribute(s.Key))
                .GroupBy(a => a, StringComparer.Ordinal)
                .Where(g => g.Count() >= Math.Max(1, options.MinSubjectsPerAttribute))
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
        }

        foreach (var subject in ordered)
        {
            var definition = registry.Subjects.GetValueOrDefault(subject.Key);
            if (definition is { Single: false })
            {
                continue; // a set has no one true value
            }

            var containment = definition is { Within.Count: > 0 } ? new Containment(definition, registry) : shared;
            var byPeriod = subject.Claims
                .Where(c => c.Quantity is not null || c.Category is not null)
                .GroupBy(c => PeriodDisplay.Of(c.Period), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in byPeriod)
            {
                problem.AddItem(subject.Key, group.Key, [.. group.OrderBy(c => c.Claim.Ref, StringComparer.Ordinal)], containment, sourceIndex);
            }
        }

        return problem;
    }

    private void AddItem(string subject, string period, List<CheckedClaim> claims, Containment containment, Dictionary<string, int> sourceIndex)
    {
        var item = new Item(subject, period);
        var itemIndex = Items.Count;
        var byKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var claimCandidate = new List<(CheckedClaim Claim, int Candidate)>();
        var kept = KeptValues(claims);
        foreach (var claim in claims)
        {
            var key = ValueKey(claim);
            if (kept is not null && !kept.Contains(key)) continue;
            if (!byKey.TryGetValue(key, out var index))
            {
                index = item.Candidates.Count;
                byKey[key] = index;
                item.Candidates.Add(new Candidate((claim.Claim.Value ?? "").Trim(), claim.Quantity, claim.Quantity is null ? claim.Category : null));
            }

            item.Candidates[index].Claims.Add(claim);
            claimCandidate.Add((claim, index));
        }

        var count = item.Candidates.Count;
        item.Implies = new double[count][];
        item.Counts = new double[count][];
        for (var w = 0; w < count; w++)
        {
            item.Implies[w] = new double[count];
            item.Counts[w] = new double[count];
            for (var v = 0; v < count; v++)
            {
                var (cw, cv) = (item.Candidates[w], item.Candidates[v]);
                item.Implies[w][v] = w == v ? 1 : RightIfTrue(cw, cv, containment);
                item.Counts[w][v] = w == v ? 1
                    : cw.Category is { } general && cv.Category is { } specific
                        ? containment.IsWithin(specific, general) ? options.GeneralPlaceWeight
                        : containment.IsWithin(general, specific) ? options.SpecificPlaceWeight : 0
                    : item.Implies[w][v];
            }
        }

        var perSource = claimCandidate.GroupBy(c => c.Claim.Claim.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (claim, candidate) in claimCandidate)
        {
            var id = claim.Claim.SourceId;
            if (!sourceIndex.TryGetValue(id, out var source))
            {
                source = Sources.Count;
                sourceIndex[id] = source;
                Sources.Add(id);
            }

            var byAttribute = sharedAttributes.Contains(Attribute(subject));
            var unitName = byAttribute ? id + "\u0001" + Attribute(subject) : id;
            if (!unitIndex.TryGetValue(unitName, out var unit))
            {
                unit = UnitSource.Count;
                unitIndex[unitName] = unit;
                UnitSource.Add(source);
                UnitIsAttribute.Add(byAttribute);
                UnitNames.Add(unitName);
            }

            item.Votes.Add(Votes.Count);
            Votes.Add(new Vote(itemIndex, candidate, source, 1.0 / perSource[id], unit));
        }

        Items.Add(item);
    }

    /// <summary>
    /// The value keys that stay candidates when a period has more distinct values than
    /// <see cref="ResolutionOptions.MaxCandidatesPerItem"/>: the most claimed, ties in first-seen order; null when all stay.
    /// </summary>
    private HashSet<string>? KeptValues(List<CheckedClaim> claims)
    {
        var groups = claims.Select((c, i) => (Key: ValueKey(c), Order: i))
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (groups.Count <= options.MaxCandidatesPerItem) return null;
        return groups
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Order)
            .Take(Math.Max(1, options.MaxCandidatesPerItem))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The attribute of a subject key: its last dotted segment (<c>leading-node</c> of <c>smic.leading-node</c>).</summary>
    internal static string Attribute(string subject) => subject[(subject.LastIndexOf('.') + 1)..];

    /// <summary>
    /// The probability that a claim of <paramref name="claimed"/> is right when <paramref name="truth"/> is the true
    /// value: 1 when the claimed value contains the truth (a place that contains it, a bound or range it lies in),
    /// 0.5 when two intervals only overlap, 0 when they contradict.
    /// </summary>
    internal static double RightIfTrue(Candidate claimed, Candidate truth, Containment containment)
    {
        if (claimed.Category is { } c && truth.Category is { } t)
        {
            return string.Equals(c, t, StringComparison.OrdinalIgnoreCase) || containment.IsWithin(t, c) ? 1 : 0;
        }

        if (claimed.Quantity is { } cq && truth.Quantity is { } tq && Comparable(cq, tq))
        {
            if (IsSubset(tq.Interval, cq.Interval)) return 1;
            return cq.Interval.Overlaps(tq.Interval) ? 0.5 : 0;
        }

        return 0;
    }

    /// <summary>Whether a claim of <paramref name="a"/> supports <paramref name="b"/> in the report's sense: the two can both be true.</summary>
    internal static bool Supports(Candidate a, Candidate b, Containment containment)
    {
        if (a.Category is { } c && b.Category is { } t)
        {
            return containment.Reconciles(c, t);
        }

        return a.Quantity is { } aq && b.Quantity is { } bq && Comparable(aq, bq) && aq.Interval.Overlaps(bq.Interval);
    }

    private static bool Comparable(Quantity a, Quantity b) =>
        a.Dimension == b.Dimension
        && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)
        && string.Equals(a.Per, b.Per, StringComparison.Ordinal);

    /// <summary>True when every number of <paramref name="inner"/> belongs to <paramref name="outer"/>.</summary>
    internal static bool IsSubset(Interval inner, Interval outer)
    {
        if (inner.IsEmpty) return true;
        var lowOk = outer.Min < inner.Min || (outer.Min == inner.Min && (outer.MinInclusive || !inner.MinInclusive));
        var highOk = inner.Max < outer.Max || (outer.Max == inner.Max && (outer.MaxInclusive || !inner.MaxInclusive));
        return lowOk && highOk;
    }

    private static string ValueKey(CheckedClaim claim)
    {
        if (claim.Quantity is { } q)
        {
            var i = q.Interval;
            return string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"q|{q.Dimension}|{q.Unit}|{q.Per}|{i.Min:R}|{i.Max:R}|{i.MinInclusive}|{i.MaxInclusive}");
        }

        return "c|" + claim.Category!.Trim();
    }
}
