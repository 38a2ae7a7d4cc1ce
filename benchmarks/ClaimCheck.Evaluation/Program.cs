using System.Globalization;
using ClaimCheck.Evaluation;

// Usage: dotnet run --project benchmarks/ClaimCheck.Evaluation -c Release [-- [--limit N] [DATASET...]]
// Reads the public data sets from ../shared/datasets beside the repository; prints one table (docs/evaluation.md).
var limit = 0;
var only = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--limit" && i + 1 < args.Length) limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else only.Add(args[i]);
}

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "ClaimCheck.sln"))) root = root.Parent;
if (root is null)
{
    Console.Error.WriteLine("ClaimCheck.sln not found above the harness; run it from the repository.");
    return 2;
}

var datasets = Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "datasets"));
var work = Path.Combine(Path.GetTempPath(), "claimcheck-eval-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var outcomes = new List<Outcome>();
var sets = new (string Name, Func<string, Prepared> Prepare)[]
{
    ("population", f => DataSets.Population(f, limit)),
    ("birthplaces", f => DataSets.Places("birthplaces", f, limit)),
    ("heritages", f => DataSets.Places("heritages", f, limit)),
    ("book", f => MoreDataSets.Book(f, limit)),
    ("flight", f => MoreDataSets.Flight(f, withoutAirlines: false)),
    ("flight", f => MoreDataSets.Flight(f, withoutAirlines: true)),
};
try
{
    foreach (var (name, prepare) in sets)
    {
        if (only.Count > 0 && !only.Contains(name, StringComparer.Ordinal)) continue;
        var folder = Path.Combine(datasets, name);
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"skipped {name}: ../shared/datasets/{name} is absent (the public data sets live beside the repository)");
            continue;
        }

        Console.Error.WriteLine($"{name}: converting, importing, loading, checking, resolving…");
        outcomes.Add(Evaluator.Run(prepare(folder), Path.Combine(work, name + "-" + outcomes.Count.ToString(CultureInfo.InvariantCulture))));
    }
}
finally
{
    if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
}

Console.WriteLine();
Console.WriteLine("| data set | claims | sources | gold scored | vote | TruthFinder | Accu (uniform) | default (PopAccu) | vote, on path | TruthFinder, on path | Accu (uniform), on path | default, on path | dependent pairs | load s | check s | resolve s (vote / TF / Accu / default) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
foreach (var o in outcomes)
{
    var (v, t, a, d) = (o.Scores[0], o.Scores[1], o.Scores[2], o.Scores[3]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {o.Name} | {o.Claims:N0} | {o.Sources:N0} | {d.Total:N0} | {v.Precision:0.000} | {t.Precision:0.000} | {a.Precision:0.000} | {d.Precision:0.000} | {v.PathPrecision:0.000} | {t.PathPrecision:0.000} | {a.PathPrecision:0.000} | {d.PathPrecision:0.000} | {o.Dependent:N0} | {o.LoadSeconds:0.0} | {o.CheckSeconds:0.0} | {v.Seconds:0.00} / {t.Seconds:0.00} / {a.Seconds:0.00} / {d.Seconds:0.00} |"));
}

return 0;
