using System.Collections.Immutable;
using ClaimCheck.Normalisation;
using ClaimCheck.Core;

namespace ClaimCheck.Checking;

/// <summary>What a rule may look at beyond its own subject.</summary>
internal sealed class CheckContext
{
    /// <summary>Builds the context for one run over <paramref name="groups"/>.</summary>
    public CheckContext(Registry registry, IEnumerable<SubjectGroup> groups, RuleOptions? options = null)
        : this(registry, groups, options, [])
    {
    }

    /// <summary>Builds the context, naming sources in messages by their outlet (else their id).</summary>
    public CheckContext(Registry registry, IEnumerable<SubjectGroup> groups, RuleOptions? options, IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(sources);
        Registry = registry;
        Options = options ?? new RuleOptions();
        Groups = groups.ToImmutableDictionary(g => g.Key, StringComparer.Ordinal);
        names = sources
            .Where(s => !string.IsNullOrWhiteSpace(s.Outlet))
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Outlet!.Trim(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> names;

    /// <summary>The merged registries.</summary>
    public Registry Registry { get; }

    /// <summary>Reporting options.</summary>
    public RuleOptions Options { get; }

    /// <summary>Every subject's group by canonical key (comparisons look up the other subject here).</summary>
    public ImmutableDictionary<string, SubjectGroup> Groups { get; }

    /// <summary>How messages name a source: its outlet ("Britannica") when it gives one, else its id.</summary>
    internal string SourceName(string sourceId) => names.GetValueOrDefault(sourceId) ?? sourceId;
}

/// <summary>One kind of contradiction (or agreement) the engine looks for within a subject.</summary>
internal interface IContradictionRule
{
    /// <summary>The rule's name as findings carry it ("quantity", "category"…).</summary>
    string Name { get; }

    /// <summary>The findings about <paramref name="group"/>, in a deterministic order.</summary>
    IEnumerable<Finding> Check(SubjectGroup group, CheckContext context);
}
