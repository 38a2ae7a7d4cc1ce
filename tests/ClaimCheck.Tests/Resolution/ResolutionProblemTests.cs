using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Resolution;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Resolution;

/// <summary>The problem a builder makes from grouped claims, and the strategy chosen for the options.</summary>
public class ResolutionProblemTests
{
    private static ResolutionProblem Build(ResolutionOptions options, params SubjectGroup[] groups) =>
        new ResolutionProblemBuilder(Registry.Empty, options).AddRange(groups).Build();

    [Test]
    public void Build_RangeAndTwoFigures_CandidatesInRefOrderAndTheMatrixViewReadsClaimedAgainstTruth()
    {
        // "between 2 and 8 nm" contains both figures; 7 nm and 3 nm contradict each other.
        var group = Make.Group(
            Make.Quantity("a", "c1", Interval.Closed(2, 8), "between 2 and 8 nm"),
            Make.Exact("b", "c2", 7),
            Make.Exact("c", "c3", 3),
            Make.Exact("d", "c4", 7));

        var problem = Build(new ResolutionOptions(), group);

        var item = problem.Items.Single();
        var implies = problem.Implies(item);
        Assert.Multiple(() =>
        {
            Assert.That(item.Candidates.Select(c => c.Text), Is.EqualTo(new[] { "between 2 and 8 nm", "7 nm", "3 nm" }));
            Assert.That(item.Candidates[1].Refs, Is.EqualTo(new[] { "b/c2", "d/c4" }));
            Assert.That(implies[0, 1], Is.EqualTo(1), "the range is right when 7 nm is true");
            Assert.That(implies[1, 0], Is.EqualTo(0.5), "7 nm only overlaps the range");
            Assert.That(implies[1, 2], Is.EqualTo(0), "7 nm is wrong when 3 nm is true");
            Assert.That(implies.Row(1).ToArray(), Is.EqualTo(new[] { 0.5, 1, 0 }));
            Assert.That(problem.Votes.Select(v => v.Candidate), Is.EqualTo(new[] { 0, 1, 2, 1 }));
        });
    }

    [Test]
    public void Build_GroupDefinedAsASet_HasNoItemEvenWhenTheRegistryDoesNotDefineIt()
    {
        var set = Make.Group(Make.Definition("s", single: false), Make.Category("a", "c1", "Wuxi"), Make.Category("b", "c2", "Suzhou"));

        var problem = Build(new ResolutionOptions(), set);

        Assert.That(problem.Items, Is.Empty);
        Assert.That(TruthResolver.Resolve([set], Registry.Empty).For("s"), Is.Empty);
    }

    [Test]
    public void Build_Twice_Refused()
    {
        var builder = new ResolutionProblemBuilder(Registry.Empty, new ResolutionOptions()).AddRange([Make.Group(Make.Category("a", "c1", "Wuxi"))]);
        builder.Build();

        Assert.That(() => builder.Build(), Throws.InvalidOperationException);
    }

    [TestCase(ResolutionMethod.MajorityVote, FalseValueModel.Popularity, typeof(MajorityVoteStrategy))]
    [TestCase(ResolutionMethod.TruthFinder, FalseValueModel.Popularity, typeof(TruthFinderStrategy))]
    [TestCase(ResolutionMethod.Accu, FalseValueModel.Uniform, typeof(AccuStrategy))]
    [TestCase(ResolutionMethod.Accu, FalseValueModel.Popularity, typeof(PopAccuStrategy))]
    public void For_MethodAndFalseValueModel_ChoosesItsStrategy(object method, object model, Type expected)
    {
        var strategy = ResolutionStrategies.For(new ResolutionOptions { Method = (ResolutionMethod)method, FalseValueModel = (FalseValueModel)model });

        Assert.That(strategy.GetType(), Is.EqualTo(expected));
    }
}
