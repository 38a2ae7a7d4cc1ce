using System.Collections.Immutable;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>What a rule may look at beyond its own subject.</summary>
internal sealed class CheckContext
{
    /// <summary>Builds the context for one run over <paramref name="groups"/>.</summary>
    public CheckContext(Registry registry, IEnumerable<SubjectGroup> groups, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(groups);
        Registry = registry;
        Options = options ?? new RuleOptions();
        Groups = groups.ToImmutableDictionary(g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>The merged registries.</summary>
    public Registry Registry { get; }

    /// <summary>Reporting options.</summary>
    public RuleOptions Options { get; }

    /// <summary>Every subject's group by canonical key (comparisons look up the other subject here).</summary>
    public ImmutableDictionary<string, SubjectGroup> Groups { get; }
}

/// <summary>One kind of contradiction (or agreement) the engine looks for within a subject.</summary>
internal interface IContradictionRule
{
    /// <summary>The rule's name as findings carry it ("quantity", "category"…).</summary>
    string Name { get; }

    /// <summary>The findings about <paramref name="group"/>, in a deterministic order.</summary>
    IEnumerable<Finding> Check(SubjectGroup group, CheckContext context);
}
