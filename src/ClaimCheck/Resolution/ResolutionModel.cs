using System.Collections.Immutable;

namespace ClaimCheck.Resolution;

/// <summary>How values are resolved and sources trusted (see docs/resolution.md).</summary>
internal enum ResolutionMethod
{
    /// <summary>
    /// The default: Accu (Dong, Berti-Equille and Srivastava, VLDB 2009) with ClaimCheck's semantics of support
    /// (overlapping intervals, containment of places, bounds) and copy detection in the AccuCopy spirit; by default with
    /// PopAccu's popularity of false values (<see cref="ResolutionOptions.FalseValueModel"/>).
    /// </summary>
    Accu,

    /// <summary>TruthFinder (Yin, Han and Yu, KDD 2007): trust and confidence with implication between values.</summary>
    TruthFinder,

    /// <summary>Plain majority vote: each source one vote, the most named value wins, ties by ordinal order.</summary>
    MajorityVote,
}

/// <summary>What one trust estimate covers (see docs/resolution.md, "Trust per attribute").</summary>
internal enum TrustScope
{
    /// <summary>One trust per source, earned on all its claims.</summary>
    PerSource,

    /// <summary>
    /// One trust per source and attribute, the attribute being the subject key's last segment
    /// (<c>leading-node</c> of <c>smic.leading-node</c>) when at least <see cref="ResolutionOptions.MinSubjectsPerAttribute"/>
    /// subjects share it, shrunk toward the source's overall trust by
    /// <see cref="ResolutionOptions.AttributePriorWeight"/>; copy detection is judged per attribute too.
    /// </summary>
    PerAttribute,
}

/// <summary>How Accu models the false values of an item (see docs/resolution.md, "Methods").</summary>
internal enum FalseValueModel
{
    /// <summary>Accu's assumption: n false values, equally likely.</summary>
    Uniform,

    /// <summary>
    /// PopAccu (Dong, Saha and Srivastava, VLDB 2013): a false value is as likely as it is popular among the claims that are
    /// false under each candidate, smoothed with <see cref="ResolutionOptions.PopularityPseudoClaims"/> pseudo-claims for each
    /// of Accu's n false values.
    /// </summary>
    Popularity,
}

/// <summary>Over which claims copying between two sources is judged (see docs/resolution.md, "Copy detection").</summary>
internal enum CopyingScope
{
    /// <summary>Each pair of (source, attribute) units on the items of that attribute only.</summary>
    PerAttribute,

    /// <summary>
    /// Each pair of sources on every item they share: the evidence of each attribute (weighed with the sources' trust for
    /// that attribute) is summed, and the one probability discounts their votes on every attribute.
    /// </summary>
    PerSource,
}

/// <summary>Options of <see cref="TruthResolver"/>; the defaults are documented in docs/resolution.md.</summary>
internal sealed record ResolutionOptions
{
    /// <summary>The method; <see cref="ResolutionMethod.Accu"/> by default.</summary>
    public ResolutionMethod Method { get; init; } = ResolutionMethod.Accu;

    /// <summary>Most iterations of trust and confidence updates (each round of copy detection runs up to this many).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>
    /// The most distinct values of one subject and period that compete as candidates (default 128): the methods
    /// weigh every candidate against every other, so a period with more keeps its most claimed values (ties in
    /// first-seen order) and the claims of the rest do not vote there. Keeps time and memory bounded on
    /// subjects with thousands of distinct figures.
    /// </summary>
    public int MaxCandidatesPerItem { get; init; } = 128;

    /// <summary>Iteration stops when no source's trust changes by more than this.</summary>
    public double ConvergenceThreshold { get; init; } = 1e-6;

    /// <summary>Trust every source starts with (Accu: accuracy; TruthFinder: trustworthiness).</summary>
    public double InitialTrust { get; init; } = 0.8;

    /// <summary>
    /// Accu's n: how many false values a subject is assumed to have. Larger values make a lone claim by a
    /// trusted source more convincing.
    /// </summary>
    public int FalseValues { get; init; } = 10;

    /// <summary>
    /// How Accu models false values: <see cref="FalseValueModel.Popularity"/> (PopAccu) by default;
    /// <see cref="FalseValueModel.Uniform"/> is Accu's n equally likely false values.
    /// </summary>
    public FalseValueModel FalseValueModel { get; init; } = FalseValueModel.Popularity;

    /// <summary>
    /// With <see cref="FalseValueModel.Popularity"/>: pseudo-claims given to each of the n false values before the observed
    /// popularity is counted (1: add-one smoothing; large: Accu; small: the popularity as observed).
    /// </summary>
    public double PopularityPseudoClaims { get; init; } = 1.0;

    /// <summary>
    /// Weight of the prior trust when a source's trust is re-estimated (as if it had made this many claims of
    /// <see cref="InitialTrust"/> accuracy); keeps sources with one or two claims from swinging to 0 or 1.
    /// </summary>
    public double PriorWeight { get; init; } = 1.0;

    /// <summary>
    /// Whether a source has one trust or one per attribute (subject key's last segment); <see cref="TrustScope.PerAttribute"/> by default.
    /// </summary>
    public TrustScope TrustScope { get; init; } = TrustScope.PerAttribute;

    /// <summary>
    /// With <see cref="TrustScope.PerAttribute"/>: how many claims of the source's overall trust an attribute's trust
    /// starts from, so an attribute a source speaks of once or twice keeps about its overall trust.
    /// </summary>
    public double AttributePriorWeight { get; init; } = 3.0;

    /// <summary>
    /// With <see cref="TrustScope.PerAttribute"/>: fewest subjects that must share an attribute (last key segment) for it
    /// to get trusts of its own; claims of rarer attributes (an identifier such as <c>book.n00017</c>) use the source's trust.
    /// </summary>
    public int MinSubjectsPerAttribute { get; init; } = 3;

    /// <summary>Whether to detect sources that copy each other and discount their agreement (Accu and TruthFinder).</summary>
    public bool DetectCopying { get; init; } = true;

    /// <summary>Rounds of copy detection followed by re-estimation.</summary>
    public int CopyRounds { get; init; } = 3;

    /// <summary>
    /// Whether copying is judged with a direction (Dong et al. VLDB 2009): each pair gets the probability that A copies B
    /// and that B copies A, and a source's vote for a value is multiplied by <c>1 - c * P(it copies S')</c> for every other
    /// source S' that gives the same value. When false (the default), one symmetric probability per pair and the sources
    /// of a value are discounted in order of trust (docs/resolution.md).
    /// </summary>
    public bool DirectionalCopying { get; init; }

    /// <summary>
    /// Over which claims a pair of sources is judged when trust is per attribute; <see cref="CopyingScope.PerAttribute"/> by
    /// default. <see cref="CopyingScope.PerSource"/> judges each pair of sources once, from the evidence of all the
    /// attributes they share (measured in docs/evaluation.md; not the default).
    /// </summary>
    public CopyingScope CopyingScope { get; init; } = CopyingScope.PerAttribute;

    /// <summary>AccuCopy's c: the probability that a copier copies a given value.</summary>
    public double CopyRate { get; init; } = 0.8;

    /// <summary>AccuCopy's α: the prior probability that one source copies another.</summary>
    public double CopyPrior { get; init; } = 0.1;

    /// <summary>Fewest subjects two sources must share before their dependence is judged.</summary>
    public int MinSharedForCopying { get; init; } = 3;

    /// <summary>Dependences at or above this probability are reported.</summary>
    public double ReportDependenceAbove { get; init; } = 0.5;

    /// <summary>
    /// How much a claim of a place counts for a place inside it ("Minnesota" for "Minneapolis"): the general claim
    /// is right either way, but it does not say which place inside it is meant.
    /// </summary>
    public double GeneralPlaceWeight { get; init; } = 1.0;

    /// <summary>How much a claim of a place counts for a place that contains it ("Minneapolis" for "Minnesota").</summary>
    public double SpecificPlaceWeight { get; init; } = 0.0;

    /// <summary>TruthFinder's dampening factor γ.</summary>
    public double Dampening { get; init; } = 0.3;

    /// <summary>TruthFinder's ρ: how much the implication from other values counts.</summary>
    public double ImplicationWeight { get; init; } = 0.5;

    /// <summary>
    /// Runs the per-item steps on one thread. They run in parallel by default; the results are the same either way
    /// (each item's arithmetic is its own, and sums over sources run in one fixed order).
    /// </summary>
    internal bool Serial { get; init; }
}

/// <summary>The value most likely true for one subject and period.</summary>
/// <param name="Period">The period as the claims gave it after resolution ("2024"), or "" for claims without one.</param>
/// <param name="Value">The text of the chosen claimed value.</param>
/// <param name="Min">Lower end of the chosen value in the canonical unit (null for a category or an open side).</param>
/// <param name="Max">Upper end of the chosen value in the canonical unit (null for a category or an open side).</param>
/// <param name="Confidence">How sure the method is, 0 to 1.</param>
/// <param name="Claims">The refs of the claims that support the chosen value (the same value, a value containing
/// it or contained in it, an overlapping interval), ordinal order.</param>
internal sealed record ResolvedValue(
    string Period,
    string Value,
    double? Min,
    double? Max,
    double Confidence,
    ImmutableArray<string> Claims);

/// <summary>How far a source can be trusted.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="Trust">0 to 1: the estimated share of its values that are right.</param>
/// <param name="Claims">How many of its claims took part in resolution.</param>
internal sealed record SourceTrust(string SourceId, double Trust, int Claims);

/// <summary>Two sources that probably copy each other (or a common origin).</summary>
/// <param name="SourceA">The one first in ordinal order.</param>
/// <param name="SourceB">The other.</param>
/// <param name="Probability">Posterior probability that they are dependent.</param>
/// <param name="Shared">Subjects and periods both speak of.</param>
/// <param name="SameValues">Of those, how many they give the same value for.</param>
/// <param name="SameFalseValues">Expected number of shared values that are false (the strongest sign of copying).</param>
internal sealed record SourceDependence(
    string SourceA,
    string SourceB,
    double Probability,
    int Shared,
    int SameValues,
    double SameFalseValues);

/// <summary>Everything resolution found.</summary>
/// <param name="Method">The method used.</param>
/// <param name="Subjects">Resolved values by subject key (periods in ordinal order).</param>
/// <param name="Trust">Trust of every source that took part, by id.</param>
/// <param name="Dependence">Probably dependent pairs, by ids.</param>
internal sealed record ResolutionResult(
    ResolutionMethod Method,
    ImmutableDictionary<string, ImmutableArray<ResolvedValue>> Subjects,
    ImmutableArray<SourceTrust> Trust,
    ImmutableArray<SourceDependence> Dependence)
{
    /// <summary>Nothing resolved: no values, no trust, no dependence.</summary>
    public static ResolutionResult Empty { get; } = new(
        ResolutionMethod.Accu, ImmutableDictionary<string, ImmutableArray<ResolvedValue>>.Empty, [], []);

    /// <summary>The resolved values of <paramref name="subjectKey"/>, empty when none.</summary>
    public ImmutableArray<ResolvedValue> For(string subjectKey) =>
        Subjects.TryGetValue(subjectKey, out var values) ? values : [];
}
