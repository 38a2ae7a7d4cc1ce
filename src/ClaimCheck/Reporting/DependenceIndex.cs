using System.Collections.Immutable;
using ClaimCheck.Resolution;

namespace ClaimCheck.Reporting;

/// <summary>
/// The dependence pairs each source takes part in, in the report's order: one pass instead of a scan of
/// every pair for every source (sources times pairs).
/// </summary>
internal static class DependenceIndex
{
    public static Dictionary<string, List<SourceDependence>> Build(ImmutableArray<SourceDependence> dependence)
    {
        var bySource = new Dictionary<string, List<SourceDependence>>(StringComparer.Ordinal);
        foreach (var d in dependence)
        {
            Add(bySource, d.SourceA, d);
            if (d.SourceB != d.SourceA) Add(bySource, d.SourceB, d);
        }

        return bySource;
    }

    private static void Add(Dictionary<string, List<SourceDependence>> bySource, string id, SourceDependence d)
    {
        if (!bySource.TryGetValue(id, out var list)) bySource[id] = list = [];
        list.Add(d);
    }
}
