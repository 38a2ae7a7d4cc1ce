using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Normalisation;

namespace ClaimCheck.Resolution;

/// <summary>One distinct value claimed for an item (a subject in one period).</summary>
internal sealed class Candidate(string text, Quantity? quantity, string? category)
{
    public string Text { get; } = text;

    public Quantity? Quantity { get; } = quantity;

    public string? Category { get; } = category;

    /// <summary>The refs of the claims that gave this value, in ordinal order (computed once: the report lists them).</summary>
    public List<string> Refs { get; } = [];
}

/// <summary>A subject in one period: the unit whose one true value is resolved.</summary>
/// <remarks>
/// Its numbers live in the problem's flat arrays, so that an iteration allocates nothing per item: candidate v's
/// confidence is at <c>CandidateStart + v</c>, matrix cell [w, v] at <c>MatrixStart + (w · Count) + v</c>, its votes
/// are <c>VoteStart</c> to <c>VoteStart + VoteCount</c> (contiguous, in claim ref order).
/// </remarks>
internal sealed class Item(string subject, string period)
{
    public string Subject { get; } = subject;

    public string Period { get; } = period;

    public List<Candidate> Candidates { get; } = [];

    public int Count => Candidates.Count;

    public int CandidateStart { get; set; }

    public int MatrixStart { get; set; }

    public int VoteStart { get; set; }

    public int VoteCount { get; set; }
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

    /// <summary>All votes, item by item.</summary>
    public Vote[] Votes { get; private set; } = [];

    public List<string> Sources { get; } = [];

    /// <summary>The source of each trust unit (the identity under <see cref="TrustScope.PerSource"/>).</summary>
    public List<int> UnitSource { get; } = [];

    /// <summary>Whether each trust unit is one attribute of its source (else it is the whole source).</summary>
    public List<bool> UnitIsAttribute { get; } = [];

    /// <summary>Sort key of each trust unit: its source id, then its attribute.</summary>
    public List<string> UnitNames { get; } = [];

    /// <summary>Each unit's place in the ordinal order of <see cref="UnitNames"/>: compares as the names do, without comparing strings.</summary>
    public int[] UnitRank { get; private set; } = [];

    /// <summary>Implies[w][v] of each item (flat, see <see cref="Item"/>): the probability that a claim of candidate w is right when candidate v is the truth.</summary>
    public double[] Implies { get; private set; } = [];

    /// <summary>Counts[w][v] of each item (flat): how much a vote for candidate w counts for candidate v (see <see cref="ResolutionOptions.GeneralPlaceWeight"/>).</summary>
    public double[] Counts { get; private set; } = [];

    /// <summary>Each item's vote indexes grouped by candidate (candidate order, then vote order), at the item's vote range.</summary>
    public int[] ByCandidate { get; private set; } = [];

    /// <summary>How many candidates all items have together (the length of the flat per-candidate arrays).</summary>
    public int CandidateTotal { get; private set; }

    /// <summary>The most candidates of one item (the size of per-item scratch arrays).</summary>
    public int MaxCandidates { get; private set; }

    private HashSet<string> sharedAttributes = new(StringComparer.Ordinal);

    private readonly List<Vote> votes = [];
    private readonly List<double> implies = [];
    private readonly List<double> counts = [];
    private readonly List<int> byCandidate = [];
    private readonly List<int> sourceUnit = [];
    private readonly Dictionary<(int Source, string Attribute), int> attributeUnit = [];
    private readonly Dictionary<CandidateKey, int> candidateIndex = new(CandidateKey.Comparer);
    private int[] sourceClaims = [];

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

        // Claims share their Period objects (one per distinct period): its display text is made once, not per claim.
        var displays = new Dictionary<Period, string>(ReferenceEqualityComparer.Instance);
        string DisplayOf(Period period) =>
            displays.TryGetValue(period, out var text) ? text : displays[period] = PeriodDisplay.Of(period);

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
                // A timeless subject has one value for all time: its claims form one item whatever their periods.
                .GroupBy(c => subject.Timeless ? "" : DisplayOf(c.Period), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in byPeriod)
            {
                problem.AddItem(subject.Key, group.Key, SortByRef(group), containment, sourceIndex);
            }
        }

        problem.Seal();
        return problem;
    }

    /// <summary>The claims with their refs, by ref in ordinal order (ties in their given order).</summary>
    private static (CheckedClaim Claim, string Ref)[] SortByRef(IEnumerable<CheckedClaim> claims) =>
        Array.ConvertAll(ClaimOrder.ByRef(claims), c => (c, c.Claim.Ref));

    private void AddItem(string subject, string period, (CheckedClaim Claim, string Ref)[] claims, Containment containment, Dictionary<string, int> sourceIndex)
    {
        var item = new Item(subject, period) { VoteStart = votes.Count, MatrixStart = implies.Count, CandidateStart = CandidateTotal };
        var itemIndex = Items.Count;
        var keys = Array.ConvertAll(claims, c => ValueKey(c.Claim));
        var kept = KeptValues(keys);
        var claimCandidate = new int[claims.Length];
        candidateIndex.Clear();
        for (var k = 0; k < claims.Length; k++)
        {
            claimCandidate[k] = -1;
            var (claim, reference) = claims[k];
            if (kept is not null && !kept.Contains(keys[k])) continue;
            if (!candidateIndex.TryGetValue(keys[k], out var index))
            {
                index = item.Candidates.Count;
                candidateIndex[keys[k]] = index;
                item.Candidates.Add(new Candidate((claim.Claim.Value ?? "").Trim(), claim.Quantity, claim.Quantity is null ? claim.Category : null));
            }

            item.Candidates[index].Refs.Add(reference);
            claimCandidate[k] = index;
        }

        var count = item.Candidates.Count;
        for (var w = 0; w < count; w++)
        {
            for (var v = 0; v < count; v++)
            {
                var (cw, cv) = (item.Candidates[w], item.Candidates[v]);
                var right = w == v ? 1 : RightIfTrue(cw, cv, containment);
                implies.Add(right);
                counts.Add(w == v ? 1
                    : cw.Category is { } general && cv.Category is { } specific
                        ? containment.IsWithin(specific, general) ? options.GeneralPlaceWeight
                        : containment.IsWithin(general, specific) ? options.SpecificPlaceWeight : 0
                    : right);
            }
        }

        AddVotes(item, itemIndex, claims, claimCandidate, sourceIndex);
        CandidateTotal += count;
        MaxCandidates = Math.Max(MaxCandidates, count);
        Items.Add(item);
    }

    /// <summary>One vote per kept claim, weighted 1 / the source's kept claims about the item, and the votes grouped by candidate.</summary>
    private void AddVotes(Item item, int itemIndex, (CheckedClaim Claim, string Ref)[] claims, int[] claimCandidate, Dictionary<string, int> sourceIndex)
    {
        var attribute = Attribute(item.Subject);
        var byAttribute = sharedAttributes.Contains(attribute);
        var claimSource = new int[claims.Length];
        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] < 0) continue;
            var id = claims[k].Claim.Claim.SourceId;
            if (!sourceIndex.TryGetValue(id, out var source))
            {
                source = Sources.Count;
                sourceIndex[id] = source;
                Sources.Add(id);
                sourceUnit.Add(-1);
            }

            claimSource[k] = source;
            if (source >= sourceClaims.Length) Array.Resize(ref sourceClaims, Math.Max(16, sourceClaims.Length * 2));
            sourceClaims[source]++;
        }

        var citing = CitingSources(claims, claimCandidate, claimSource);
        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] < 0) continue;
            var source = claimSource[k];
            var unit = UnitOf(source, byAttribute ? attribute : null);

            // Sources that cite one body share one origin's vote: n sources repeating the Senate's figure count once.
            var shared = citing is not null && claims[k].Claim.Claim.AttributedTo is { } body ? citing[body] : 1;
            votes.Add(new Vote(itemIndex, claimCandidate[k], source, 1.0 / (sourceClaims[source] * shared), unit));
        }

        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] >= 0) sourceClaims[claimSource[k]] = 0;
        }

        item.VoteCount = votes.Count - item.VoteStart;
        for (var candidate = 0; candidate < item.Count; candidate++)
        {
            for (var index = item.VoteStart; index < votes.Count; index++)
            {
                if (votes[index].Candidate == candidate) byCandidate.Add(index);
            }
        }
    }

    /// <summary>How many sources of an item cite each body (case-insensitive); null when no claim is attributed.</summary>
    private static Dictionary<string, int>? CitingSources((CheckedClaim Claim, string Ref)[] claims, int[] claimCandidate, int[] claimSource)
    {
        Dictionary<string, HashSet<int>>? citing = null;
        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] < 0 || claims[k].Claim.Claim.AttributedTo is not { } body) continue;
            citing ??= new(StringComparer.OrdinalIgnoreCase);
            if (!citing.TryGetValue(body, out var sources)) citing[body] = sources = [];
            sources.Add(claimSource[k]);
        }

        return citing?.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The trust unit of a source, or of a source's attribute; made on first use.</summary>
    private int UnitOf(int source, string? attribute)
    {
        if (attribute is null ? sourceUnit[source] is var unit && unit >= 0 : attributeUnit.TryGetValue((source, attribute), out unit))
        {
            return unit;
        }

        unit = UnitSource.Count;
        if (attribute is null) sourceUnit[source] = unit; else attributeUnit[(source, attribute)] = unit;
        UnitSource.Add(source);
        UnitIsAttribute.Add(attribute is not null);
        UnitNames.Add(attribute is null ? Sources[source] : Sources[source] + "\u0001" + attribute);
        return unit;
    }

    /// <summary>Moves the built lists into arrays and ranks the units by name.</summary>
    private void Seal()
    {
        Votes = [.. votes];
        Implies = [.. implies];
        Counts = [.. counts];
        ByCandidate = [.. byCandidate];
        var order = Enumerable.Range(0, UnitNames.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(UnitNames[a], UnitNames[b]) is var c and not 0 ? c : a.CompareTo(b));
        UnitRank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            UnitRank[order[r]] = r;
        }
    }

    /// <summary>
    /// The value keys that stay candidates when a period has more distinct values than
    /// <see cref="ResolutionOptions.MaxCandidatesPerItem"/>: the most claimed, ties in first-seen order; null when all stay.
    /// </summary>
    private HashSet<CandidateKey>? KeptValues(CandidateKey[] keys)
    {
        if (keys.Length <= options.MaxCandidatesPerItem) return null; // no more values than claims
        var groups = keys.Select((k, i) => (Key: k, Order: i))
            .GroupBy(x => x.Key, CandidateKey.Comparer)
            .ToList();
        if (groups.Count <= options.MaxCandidatesPerItem) return null;
        return groups
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Order)
            .Take(Math.Max(1, options.MaxCandidatesPerItem))
            .Select(g => g.Key)
            .ToHashSet(CandidateKey.Comparer);
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

    private static CandidateKey ValueKey(CheckedClaim claim) =>
        claim.Quantity is { } q ? CandidateKey.Of(q) : new CandidateKey(claim.Category!.Trim(), default, null, null, 0, 0, false, false);
}

/// <summary>
/// What makes two claimed values one candidate: a category (case-insensitive), or a quantity's dimension, unit,
/// rate period (case-insensitive) and exact interval. A value, not a formatted string: an item is built for every
/// subject and period, and the string per claim was most of what building the problem allocated.
/// </summary>
internal readonly record struct CandidateKey(
    string? Category, Dimension Dimension, string? Unit, string? Per, long MinBits, long MaxBits, bool MinInclusive, bool MaxInclusive)
{
    public static IEqualityComparer<CandidateKey> Comparer { get; } = new KeyComparer();

    public static CandidateKey Of(Quantity q) =>
        new(null, q.Dimension, q.Unit ?? "", q.Per ?? "", Bits(q.Interval.Min), Bits(q.Interval.Max), q.Interval.MinInclusive, q.Interval.MaxInclusive);

    // Exact identity of the number, as its round-trip text was: -0 and 0 differ, every NaN is one NaN.
    private static long Bits(double value) => double.IsNaN(value) ? long.MinValue : BitConverter.DoubleToInt64Bits(value);

    private sealed class KeyComparer : IEqualityComparer<CandidateKey>
    {
        public bool Equals(CandidateKey x, CandidateKey y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Category, y.Category) && x.Dimension == y.Dimension
            && StringComparer.OrdinalIgnoreCase.Equals(x.Unit, y.Unit) && StringComparer.OrdinalIgnoreCase.Equals(x.Per, y.Per)
            && x.MinBits == y.MinBits && x.MaxBits == y.MaxBits && x.MinInclusive == y.MinInclusive && x.MaxInclusive == y.MaxInclusive;

        public int GetHashCode(CandidateKey key) => HashCode.Combine(
            key.Category is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Category),
            key.Dimension,
            key.Unit is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Unit),
            key.MinBits,
            key.MaxBits);
    }
}
