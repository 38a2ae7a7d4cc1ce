namespace ClaimCheck.Resolution;

/// <summary>
/// The estimates one run of a method improves round by round: each source's and unit's trust, each candidate's
/// confidence and each vote's copy discount. Made per run and owned by it; the problem it reads never changes.
/// </summary>
// Performance: every array is allocated once here and reused by every step and round, so a step allocates nothing
// per item (docs/performance.md, "Resolution refactor").
internal sealed class Estimation
{
    internal const double MinTrust = 0.01;
    internal const double MaxTrust = 0.99;

    public Estimation(ResolutionProblem problem, ResolutionOptions options)
    {
        Problem = problem;
        Options = options;
        var initial = Math.Clamp(options.InitialTrust, MinTrust, MaxTrust);
        Trust = new double[problem.Sources.Length];
        Array.Fill(Trust, initial);
        UnitTrust = new double[problem.UnitCount];
        Array.Fill(UnitTrust, initial);
        Confidence = new double[problem.CandidateTotal];
        Discount = new double[problem.Votes.Length];
        Array.Fill(Discount, 1.0);
        UnitVote = new double[UnitTrust.Length];
        Chunks = new ItemChunks(problem, options.Serial);
    }

    public ResolutionProblem Problem { get; }

    public ResolutionOptions Options { get; }

    /// <summary>Each source's trust over all its claims (what is reported).</summary>
    public double[] Trust { get; }

    /// <summary>Trust per unit (<see cref="Vote.Unit"/>): the votes' weight; equal to <see cref="Trust"/> per source.</summary>
    public double[] UnitTrust { get; }

    /// <summary>Confidence of each candidate, at <see cref="Item.CandidateStart"/> + candidate: how likely it is the true value.</summary>
    public double[] Confidence { get; }

    /// <summary>How much each vote still counts after copying is discounted.</summary>
    public double[] Discount { get; }

    /// <summary>Scratch of a step: what one vote of each unit is worth (the method's function of the unit's trust).</summary>
    public double[] UnitVote { get; }

    public ItemChunks Chunks { get; }

    /// <summary>The confidences of one item's candidates.</summary>
    public Span<double> ConfidenceOf(Item item) => Confidence.AsSpan(item.CandidateStart, item.Count);
}

/// <summary>
/// The items split into chunks of about equal votes, run in parallel unless <see cref="ResolutionOptions.Serial"/>.
/// Bodies write only their own items' cells, and each item's arithmetic is the same on any thread, so the figures
/// are the same either way.
/// </summary>
internal sealed class ItemChunks
{
    private const int UnitBlock = 4096;
    private readonly ResolutionProblem problem;
    private readonly bool serial;

    /// <summary>Item boundaries: chunk c is items boundaries[c] to boundaries[c + 1].</summary>
    private readonly int[] boundaries;

    public ItemChunks(ResolutionProblem problem, bool serial)
    {
        this.problem = problem;
        this.serial = serial;
        boundaries = Split(problem, serial ? 1 : Environment.ProcessorCount * 4);
    }

    /// <summary>Runs <paramref name="body"/>(first item, end item, scratch of 3 · <see cref="ResolutionProblem.MaxCandidates"/>) over the chunks.</summary>
    public void ForEach(Action<int, int, double[]> body)
    {
        var scratchLength = 3 * problem.MaxCandidates;
        if (boundaries.Length <= 2)
        {
            if (boundaries.Length == 2) body(boundaries[0], boundaries[1], new double[scratchLength]);
            return;
        }

        Parallel.For(0, boundaries.Length - 1, () => new double[scratchLength], (c, _, scratch) =>
        {
            body(boundaries[c], boundaries[c + 1], scratch);
            return scratch;
        }, _ => { });
    }

    /// <summary>Runs <paramref name="body"/> for every trust unit, in parallel blocks as <see cref="ForEach"/> does.</summary>
    public void ForEachUnit(Action<int> body)
    {
        var units = problem.UnitCount;
        if (serial || units <= UnitBlock)
        {
            for (var u = 0; u < units; u++) body(u);
            return;
        }

        Parallel.For(0, ((units - 1) / UnitBlock) + 1, b =>
        {
            for (var u = b * UnitBlock; u < Math.Min(units, (b + 1) * UnitBlock); u++) body(u);
        });
    }

    /// <summary>The index after the last vote of the items before <paramref name="end"/>.</summary>
    public int EndVote(int end) => end == problem.Items.Length ? problem.Votes.Length : problem.Items[end].VoteStart;

    /// <summary>Item boundaries that split the votes into about <paramref name="parts"/> chunks (an item is never split).</summary>
    private static int[] Split(ResolutionProblem problem, int parts)
    {
        var result = new List<int> { 0 };
        var target = Math.Max(1, problem.Votes.Length / Math.Max(1, parts));
        var votes = 0;
        for (var i = 0; i < problem.Items.Length; i++)
        {
            votes += problem.Items[i].VoteCount;
            if (votes >= target && i + 1 < problem.Items.Length)
            {
                result.Add(i + 1);
                votes = 0;
            }
        }

        if (problem.Items.Length > 0) result.Add(problem.Items.Length);
        return [.. result];
    }
}
