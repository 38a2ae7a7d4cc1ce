using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Quantities;

namespace ClaimCheck.Resolution;

/// <summary>One distinct value claimed for an item (a subject in one period).</summary>
/// <param name="text">The value as the first claim (by ref) that gave it wrote it.</param>
/// <param name="quantity">Its quantity, or null for a category.</param>
/// <param name="category">Its category, or null for a quantity.</param>
/// <param name="refs">The refs of the claims that gave this value, in ordinal order (the report lists them).</param>
internal sealed class Candidate(string text, Quantity? quantity, string? category, ImmutableArray<string> refs)
{
    public string Text { get; } = text;

    public Quantity? Quantity { get; } = quantity;

    public string? Category { get; } = category;

    public ImmutableArray<string> Refs { get; } = refs;
}

/// <summary>A subject in one period: the unit whose one true value is resolved.</summary>
/// <remarks>
/// Its numbers live in the problem's flat arrays, so that an iteration allocates nothing per item: candidate v's
/// confidence is at <c>CandidateStart + v</c>, its C×C matrices start at <c>MatrixStart</c> (see
/// <see cref="CandidateMatrix"/>), its votes are <c>VoteStart</c> to <see cref="VoteEnd"/> (contiguous, in claim ref order).
/// </remarks>
internal sealed class Item(
    string subject, string period, ImmutableArray<Candidate> candidates, Containment containment, int candidateStart, int matrixStart, int voteStart, int voteCount)
{
    public string Subject { get; } = subject;

    public string Period { get; } = period;

    public ImmutableArray<Candidate> Candidates { get; } = candidates;

    /// <summary>The subject's containment of places (<c>within</c>), which decides support.</summary>
    public Containment Containment { get; } = containment;

    public int Count => Candidates.Length;

    public int CandidateStart { get; } = candidateStart;

    public int MatrixStart { get; } = matrixStart;

    public int VoteStart { get; } = voteStart;

    public int VoteCount { get; } = voteCount;

    public int VoteEnd => VoteStart + VoteCount;

    /// <summary>The candidate with the highest score; scores within 1e-12 are a tie, broken by the values' ordinal order.</summary>
    public int Best(ReadOnlySpan<double> score)
    {
        var best = 0;
        for (var v = 1; v < score.Length; v++)
        {
            if (score[v] > score[best] + 1e-12
                || (Math.Abs(score[v] - score[best]) <= 1e-12 && string.CompareOrdinal(Candidates[v].Text, Candidates[best].Text) < 0))
            {
                best = v;
            }
        }

        return best;
    }
}

/// <summary>One source's claim of one candidate of one item.</summary>
/// <param name="Item">Index of the item.</param>
/// <param name="Candidate">Index of the candidate within the item.</param>
/// <param name="Source">Index of the source.</param>
/// <param name="Weight">1 divided by how many claims the source makes about the item.</param>
/// <param name="Unit">Index of the trust unit: the source, or the source and the item's attribute (<see cref="TrustScope"/>).</param>
internal readonly record struct Vote(int Item, int Candidate, int Source, double Weight, int Unit);

/// <summary>
/// An item's C×C matrix, a view over one of the problem's flat arrays: cell [w, v] is at
/// <c>MatrixStart + (w · C) + v</c>, so a row w (what a claim of w says about every candidate v) is contiguous.
/// </summary>
// Performance: a struct view over the shared flat array, so reading an item's matrix allocates nothing.
internal readonly struct CandidateMatrix(double[] cells, int start, int size)
{
    public int Size => size;

    public double this[int w, int v] => cells[start + (w * size) + v];

    public ReadOnlySpan<double> Row(int w) => cells.AsSpan(start + (w * size), size);
}

/// <summary>
/// The grouped claims turned into items, candidates and votes, with ClaimCheck's semantics of support; made by
/// <see cref="ResolutionProblemBuilder"/> and never changed afterwards, so every strategy and round reads the same problem.
/// </summary>
// Performance: the per-candidate, per-cell and per-vote numbers are flat arrays (one allocation each, not one per
// item), read through the item's offsets and CandidateMatrix; see docs/performance.md, "Resolution refactor".
internal sealed class ResolutionProblem
{
    private readonly double[] implies;
    private readonly double[] counts;
    private readonly int[] byCandidate;

    internal ResolutionProblem(
        ImmutableArray<Item> items,
        Vote[] votes,
        ImmutableArray<string> sources,
        ImmutableArray<int> unitSource,
        ImmutableArray<bool> unitIsAttribute,
        int[] unitRank,
        double[] implies,
        double[] counts,
        int[] byCandidate,
        int candidateTotal,
        int maxCandidates)
    {
        Items = items;
        Votes = votes;
        Sources = sources;
        UnitSource = unitSource;
        UnitIsAttribute = unitIsAttribute;
        UnitRank = unitRank;
        this.implies = implies;
        this.counts = counts;
        this.byCandidate = byCandidate;
        CandidateTotal = candidateTotal;
        MaxCandidates = maxCandidates;
        MaxVotesPerItem = items.IsEmpty ? 0 : items.Max(i => i.VoteCount);
    }

    public ImmutableArray<Item> Items { get; }

    /// <summary>All votes, item by item; never written after building.</summary>
    // Performance: an array rather than an ImmutableArray, so the hot loops take spans of it and index it directly.
    public Vote[] Votes { get; }

    public ImmutableArray<string> Sources { get; }

    /// <summary>The source of each trust unit (the identity under <see cref="TrustScope.PerSource"/>).</summary>
    public ImmutableArray<int> UnitSource { get; }

    /// <summary>Whether each trust unit is one attribute of its source (else it is the whole source).</summary>
    public ImmutableArray<bool> UnitIsAttribute { get; }

    public int UnitCount => UnitSource.Length;

    /// <summary>Each unit's place in the ordinal order of the units' names (source id, then attribute).</summary>
    // Performance: the discount sorts votes by unit name every round; ranks compare as the names do without comparing strings.
    public int[] UnitRank { get; }

    /// <summary>How many candidates all items have together (the length of the flat per-candidate arrays).</summary>
    public int CandidateTotal { get; }

    /// <summary>The most candidates of one item (the size of per-item scratch arrays).</summary>
    public int MaxCandidates { get; }

    /// <summary>The most votes of one item.</summary>
    public int MaxVotesPerItem { get; }

    /// <summary>Implies[w, v]: the probability that a claim of candidate w is right when candidate v is the truth.</summary>
    public CandidateMatrix Implies(Item item) => new(implies, item.MatrixStart, item.Count);

    /// <summary>Counts[w, v]: how much a vote for candidate w counts for candidate v (see <see cref="ResolutionOptions.GeneralPlaceWeight"/>).</summary>
    public CandidateMatrix Counts(Item item) => new(counts, item.MatrixStart, item.Count);

    /// <summary>The item's vote indexes grouped by candidate (candidate order, then vote order), at the item's vote range.</summary>
    public ReadOnlySpan<int> ByCandidate => byCandidate;
}
