using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Checking;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Resolution;

/// <summary>
/// Turns grouped claims into a <see cref="ResolutionProblem"/>: subjects with a single true value, claims with a value,
/// one item per subject and period; subjects in key order, each item's claims in ref order.
/// </summary>
/// <remarks>
/// Add the groups, then <see cref="Build"/> once. Which attributes get trusts of their own depends on every subject,
/// so the items are made in <see cref="Build"/>, not as groups are added.
/// </remarks>
internal sealed class ResolutionProblemBuilder(Registry registry, ResolutionOptions options)
{
    private readonly List<SubjectGroup> groups = [];

    // Filled while building.
    private readonly List<Item> items = [];
    private readonly List<Vote> votes = [];
    private readonly List<double> implies = [];
    private readonly List<double> counts = [];
    private readonly List<int> byCandidate = [];
    private readonly List<string> sources = [];
    private readonly Dictionary<string, int> sourceIndex = new(StringComparer.Ordinal);
    private readonly List<int> sourceUnit = [];
    private readonly List<int> unitSource = [];
    private readonly List<bool> unitIsAttribute = [];
    private readonly List<string> unitNames = [];
    private readonly Dictionary<(int Source, string Attribute), int> attributeUnit = [];
    private readonly Dictionary<CandidateKey, int> candidateIndex = new(CandidateKey.Comparer);
    private HashSet<string> sharedAttributes = new(StringComparer.Ordinal);
    private int[] sourceClaims = [];
    private int candidateTotal;
    private int maxCandidates;
    private bool built;

    /// <summary>Adds subjects' claims (their <see cref="SubjectGroup.Claims"/> and, for <c>single</c> and <c>within</c>, their definitions).</summary>
    public ResolutionProblemBuilder AddRange(IEnumerable<SubjectGroup> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        groups.AddRange(subjects);
        return this;
    }

    /// <summary>Makes the problem; a builder builds once.</summary>
    public ResolutionProblem Build()
    {
        if (built) throw new InvalidOperationException("A ResolutionProblemBuilder builds one problem.");
        built = true;
        var shared = new Containment(null, registry);
        var ordered = groups.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (options.TrustScope == TrustScope.PerAttribute)
        {
            // Only an attribute that several subjects share has a trust of its own ("flight.n1.gate", "flight.n2.gate");
            // a last segment that names one subject ("book.n00017") is an identifier, and its claims use the source's trust.
            sharedAttributes = ordered
                .Select(s => Attribute(s.Key))
                .GroupBy(a => a, StringComparer.Ordinal)
                .Where(g => g.Count() >= Math.Max(1, options.MinSubjectsPerAttribute))
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
        }

        // Performance: claims share their Period objects (one per distinct period), so its display text is made once, not per claim.
        var displays = new Dictionary<Period, string>(ReferenceEqualityComparer.Instance);
        string DisplayOf(Period period) =>
            displays.TryGetValue(period, out var text) ? text : displays[period] = PeriodDisplay.Of(period);

        foreach (var subject in ordered)
        {
            var definition = subject.Definition ?? registry.Subjects.GetValueOrDefault(subject.Key);
            if (definition is { Single: false })
            {
                continue; // a set has no one true value
            }

            var containment = definition is { Within.Count: > 0 } ? new Containment(definition, registry) : shared;
            var timeless = TimelessSubjects.Is(subject);
            var byPeriod = subject.Claims
                .Where(c => c.Quantity is not null || c.Category is not null)
                // A timeless subject has one value for all time: its claims form one item whatever their periods.
                .GroupBy(c => timeless ? "" : DisplayOf(c.Period), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in byPeriod)
            {
                AddItem(subject.Key, group.Key, ClaimOrder.ByRef(group), containment);
            }
        }

        return new ResolutionProblem(
            [.. items],
            [.. votes],
            [.. sources],
            [.. unitSource],
            [.. unitIsAttribute],
            RankUnits(),
            [.. implies],
            [.. counts],
            [.. byCandidate],
            candidateTotal,
            maxCandidates);
    }

    private void AddItem(string subject, string period, CheckedClaim[] claims, Containment containment)
    {
        var (voteStart, matrixStart, itemIndex) = (votes.Count, implies.Count, items.Count);
        var keys = Array.ConvertAll(claims, ValueKey);
        var kept = KeptValues(keys);
        var claimCandidate = new int[claims.Length];
        var firsts = new List<int>(); // the claim that first gave each candidate
        candidateIndex.Clear();
        for (var k = 0; k < claims.Length; k++)
        {
            claimCandidate[k] = -1;
            if (kept is not null && !kept.Contains(keys[k])) continue;
            if (!candidateIndex.TryGetValue(keys[k], out var index))
            {
                index = firsts.Count;
                candidateIndex[keys[k]] = index;
                firsts.Add(k);
            }

            claimCandidate[k] = index;
        }

        var candidates = Candidates(claims, claimCandidate, firsts);
        var count = candidates.Length;
        for (var w = 0; w < count; w++)
        {
            for (var v = 0; v < count; v++)
            {
                var (cw, cv) = (candidates[w], candidates[v]);
                var right = w == v ? 1 : CandidateSupport.RightIfTrue(cw, cv, containment);
                implies.Add(right);
                counts.Add(w == v ? 1
                    : cw.Category is { } general && cv.Category is { } specific
                        ? containment.IsWithin(specific, general) ? options.GeneralPlaceWeight
                        : containment.IsWithin(general, specific) ? options.SpecificPlaceWeight : 0
                    : right);
            }
        }

        AddVotes(subject, itemIndex, count, claims, claimCandidate);
        items.Add(new Item(
            subject, period, ImmutableCollectionsMarshal.AsImmutableArray(candidates), containment, candidateTotal, matrixStart, voteStart, votes.Count - voteStart));
        candidateTotal += count;
        maxCandidates = Math.Max(maxCandidates, count);
    }

    /// <summary>The candidates, each with the refs of its claims in the claims' (ref) order.</summary>
    [MethodImpl(HotPath.Optimize)]
    private static Candidate[] Candidates(CheckedClaim[] claims, int[] claimCandidate, List<int> firsts)
    {
        // Performance: one exactly sized array of refs per candidate, filled in a second pass (no growing lists).
        var refs = new string[firsts.Count][];
        var filled = new int[firsts.Count];
        foreach (var candidate in claimCandidate)
        {
            if (candidate >= 0) filled[candidate]++;
        }

        for (var c = 0; c < refs.Length; c++)
        {
            refs[c] = new string[filled[c]];
            filled[c] = 0;
        }

        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] is var c and >= 0) refs[c][filled[c]++] = claims[k].Claim.Ref;
        }

        var candidates = new Candidate[firsts.Count];
        for (var c = 0; c < candidates.Length; c++)
        {
            var first = claims[firsts[c]];
            candidates[c] = new Candidate(
                (first.Claim.Value ?? "").Trim(), first.Quantity, first.Quantity is null ? first.Category : null, ImmutableCollectionsMarshal.AsImmutableArray(refs[c]));
        }

        return candidates;
    }

    /// <summary>One vote per kept claim, weighted 1 / the source's kept claims about the item, and the votes grouped by candidate.</summary>
    private void AddVotes(string subject, int itemIndex, int candidates, CheckedClaim[] claims, int[] claimCandidate)
    {
        var voteStart = votes.Count;
        var attribute = Attribute(subject);
        var byAttribute = sharedAttributes.Contains(attribute);
        var claimSource = new int[claims.Length];
        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] < 0) continue;
            var id = claims[k].Claim.SourceId;
            if (!sourceIndex.TryGetValue(id, out var source))
            {
                source = sources.Count;
                sourceIndex[id] = source;
                sources.Add(id);
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
            var shared = citing is not null && claims[k].Claim.AttributedTo is { } body ? citing[body] : 1;
            votes.Add(new Vote(itemIndex, claimCandidate[k], source, 1.0 / (sourceClaims[source] * shared), unit));
        }

        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] >= 0) sourceClaims[claimSource[k]] = 0;
        }

        for (var candidate = 0; candidate < candidates; candidate++)
        {
            for (var index = voteStart; index < votes.Count; index++)
            {
                if (votes[index].Candidate == candidate) byCandidate.Add(index);
            }
        }
    }

    /// <summary>How many sources of an item cite each body (case-insensitive); null when no claim is attributed.</summary>
    private static Dictionary<string, int>? CitingSources(CheckedClaim[] claims, int[] claimCandidate, int[] claimSource)
    {
        Dictionary<string, HashSet<int>>? citing = null;
        for (var k = 0; k < claims.Length; k++)
        {
            if (claimCandidate[k] < 0 || claims[k].Claim.AttributedTo is not { } body) continue;
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

        unit = unitSource.Count;
        if (attribute is null) sourceUnit[source] = unit; else attributeUnit[(source, attribute)] = unit;
        unitSource.Add(source);
        unitIsAttribute.Add(attribute is not null);
        unitNames.Add(attribute is null ? sources[source] : sources[source] + "\u0001" + attribute);
        return unit;
    }

    /// <summary>Each unit's place in the ordinal order of its name (source id, then attribute).</summary>
    private int[] RankUnits()
    {
        var order = Enumerable.Range(0, unitNames.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(unitNames[a], unitNames[b]) is var c and not 0 ? c : a.CompareTo(b));
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
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

    private static CandidateKey ValueKey(CheckedClaim claim) =>
        claim.Quantity is { } q ? CandidateKey.Of(q) : new CandidateKey(claim.Category!.Trim(), default, null, null, 0, 0, false, false);
}
