using System.Collections.Immutable;

namespace ClaimCheck.Resolution;

/// <summary>One truth-discovery method: from a problem, each candidate's confidence and each source's trust.</summary>
internal interface IResolutionStrategy
{
    /// <summary>Runs the method over <paramref name="problem"/>.</summary>
    Estimate Solve(ResolutionProblem problem);
}

/// <summary>What a method found, by the problem's indexes.</summary>
/// <param name="Confidence">Each candidate's confidence, at <see cref="Item.CandidateStart"/> + candidate.</param>
/// <param name="Trust">Each source's trust, by source index.</param>
/// <param name="Dependence">The pairs of sources reported as probably dependent.</param>
internal sealed record Estimate(double[] Confidence, double[] Trust, ImmutableArray<SourceDependence> Dependence);

/// <summary>Chooses the strategy of <see cref="ResolutionOptions.Method"/> and <see cref="ResolutionOptions.FalseValueModel"/>, once per run.</summary>
internal static class ResolutionStrategies
{
    public static IResolutionStrategy For(ResolutionOptions options) => options.Method switch
    {
        ResolutionMethod.MajorityVote => new MajorityVoteStrategy(options),
        ResolutionMethod.TruthFinder => new TruthFinderStrategy(options),
        _ when options.FalseValueModel == FalseValueModel.Popularity => new PopAccuStrategy(options),
        _ => new AccuStrategy(options),
    };
}
