using System.Diagnostics;
using System.Text;
using ClaimCheck.Checking;
using ClaimCheck.Import;
using ClaimCheck.Loading;
using ClaimCheck.Core;
using ClaimCheck.Resolution;

namespace ClaimCheck.Evaluation;

/// <summary>Precision of one method on one data set: exact, and on the gold's path (a more general place that contains it).</summary>
internal sealed record Score(string Method, int Right, int OnPath, int Total, double Seconds)
{
    public double Precision => Total == 0 ? 0 : (double)Right / Total;

    public double PathPrecision => Total == 0 ? 0 : (double)OnPath / Total;
}

/// <summary>What one data set gave.</summary>
internal sealed record Outcome(string Name, int Claims, int Sources, int Subjects, double LoadSeconds, double CheckSeconds, List<Score> Scores, int Dependent);

/// <summary>Converts, imports, loads, checks and resolves one data set, then scores every method against the gold.</summary>
internal static class Evaluator
{
    public static Outcome Run(Prepared data, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var table = Path.Combine(workDir, "table.csv");
        var text = new StringBuilder("source,subject,value,period\n");
        foreach (var (source, subject, value, period) in data.Rows)
        {
            text.Append(Csv.Field(source)).Append(',').Append(Csv.Field(subject)).Append(',').Append(Csv.Field(value)).Append(',').Append(Csv.Field(period)).Append('\n');
        }

        File.WriteAllText(table, text.ToString(), new UTF8Encoding(false));
        var claimsDir = Path.Combine(workDir, "claims");
        var watch = Stopwatch.StartNew();
        var import = ClaimTableImporter.Import(table, claimsDir, new ImportOptions(BaseDirectory: workDir));
        foreach (var d in import.Diagnostics.Take(5)) Console.Error.WriteLine($"  import: {d.Code} {d.Message}");

        var paths = new List<string> { claimsDir };
        if (data.Within.Count > 0)
        {
            var registry = new StringBuilder("within:\n");
            foreach (var (child, parent) in data.Within) registry.Append("  ").Append(Quote(child)).Append(": ").Append(Quote(parent)).Append('\n');
            var registryFile = Path.Combine(workDir, "registry.yaml");
            File.WriteAllText(registryFile, registry.ToString(), new UTF8Encoding(false));
            paths.Add(registryFile);
        }

        var corpus = ClaimCorpus.Load(paths);
        foreach (var d in corpus.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5)) Console.Error.WriteLine($"  load: {d.Code} {d.Message}");
        var loadSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var report = Engine.Check(corpus, resolution: new ResolutionOptions { Method = ResolutionMethod.MajorityVote });
        var checkSeconds = watch.Elapsed.TotalSeconds;

        var scores = new List<Score>();
        var dependent = 0;
        // Vote, TruthFinder, Accu with its uniform false values, and the default (Accu with PopAccu's popularity of false values).
        var runs = new (string Label, ResolutionOptions Options)[]
        {
            ("vote", new ResolutionOptions { Method = ResolutionMethod.MajorityVote }),
            ("truthfinder", new ResolutionOptions { Method = ResolutionMethod.TruthFinder }),
            ("accu-uniform", new ResolutionOptions { FalseValueModel = FalseValueModel.Uniform }),
            ("default", new ResolutionOptions()),
        };
        foreach (var (label, options) in runs)
        {
            watch.Restart();
            var tuned = Tuned(options);
            var result = TruthResolver.Resolve(report.Subjects, corpus.Registry, label == "accu-uniform" ? tuned with { FalseValueModel = FalseValueModel.Uniform } : tuned);
            var seconds = watch.Elapsed.TotalSeconds;
            if (label == "default") dependent = result.Dependence.Length;
            if (Environment.GetEnvironmentVariable("CLAIMCHECK_EVAL_TRUST") == "1")
            {
                foreach (var t in result.Trust.OrderByDescending(t => t.Claims).Take(40)) Console.Error.WriteLine($"  trust {label} {t.SourceId} {t.Trust:0.000} ({t.Claims} claims)");
                foreach (var d in result.Dependence.OrderByDescending(d => d.Shared).Take(60)) Console.Error.WriteLine($"  dependent {label} {d.SourceA} {d.SourceB} {d.Probability:0.000} shared {d.Shared} same {d.SameValues} false {d.SameFalseValues:0.0}");
            }

            scores.Add(Grade(data, result, label, seconds));
        }

        return new Outcome(data.Name, corpus.Claims.Length, corpus.Sources.Length, report.Subjects.Length, loadSeconds, checkSeconds, scores, dependent);
    }

    /// <summary>
    /// Right: the chosen value equals the gold value. On path: it equals the gold value or a more general place on
    /// the gold's path ("Minnesota" for "Minneapolis,Minnesota,USA"). A gold item nobody made a claim about is skipped.
    /// </summary>
    /// <summary>How many wrong answers to print (environment variable CLAIMCHECK_EVAL_MISSES), to see where a method fails.</summary>
    private static int Misses = int.TryParse(Environment.GetEnvironmentVariable("CLAIMCHECK_EVAL_MISSES"), out var n) ? n : 0;

    public static Score Grade(Prepared data, ResolutionResult result, string method, double seconds)
    {
        int right = 0, onPath = 0, total = 0;
        var byAttribute = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        foreach (var ((subject, period), gold) in data.Gold.OrderBy(g => g.Key.Subject, StringComparer.Ordinal).ThenBy(g => g.Key.Period, StringComparer.Ordinal))
        {
            var resolved = result.For(subject).FirstOrDefault(r => r.Period == period);
            if (resolved is null) continue;
            total++;
            if (data.Exact(resolved.Value, gold[0])) right++;
            else if (Misses-- > 0) Console.Error.WriteLine($"  miss {method} {subject} {period}: chose '{resolved.Value}' ({resolved.Confidence:0.00}), gold '{gold[0]}'");
            if (gold.Any(g => data.Exact(resolved.Value, g))) onPath++;
            var attribute = subject[(subject.LastIndexOf('.') + 1)..];
            var (r, t) = byAttribute.GetValueOrDefault(attribute);
            byAttribute[attribute] = (r + (data.Exact(resolved.Value, gold[0]) ? 1 : 0), t + 1);
        }

        if (Environment.GetEnvironmentVariable("CLAIMCHECK_EVAL_ATTRIBUTES") == "1" && byAttribute.Count <= 20)
        {
            foreach (var (attribute, (r, t)) in byAttribute)
            {
                Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  attribute {data.Name} {method} {attribute}: {r}/{t} = {(double)r / t:0.000}"));
            }
        }

        return new Score(method, right, onPath, total, seconds);
    }

    private static double Env(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static ResolutionOptions Tuned(ResolutionOptions o) => o with
    {
        CopyRate = Env("CC_C", o.CopyRate),
        FalseValues = (int)Env("CC_N", o.FalseValues),
        CopyPrior = Env("CC_ALPHA", o.CopyPrior),
        InitialTrust = Env("CC_A0", o.InitialTrust),
        PriorWeight = Env("CC_PW", o.PriorWeight),
        AttributePriorWeight = Env("CC_APW", o.AttributePriorWeight),
        DirectionalCopying = Environment.GetEnvironmentVariable("CC_DIR") switch
        {
            "1" => true,
            "0" => false,
            _ => o.DirectionalCopying,
        },
        PopularityPseudoClaims = Env("CC_LAMBDA", o.PopularityPseudoClaims),
        FalseValueModel = Environment.GetEnvironmentVariable("CC_FALSE") switch
        {
            "pop" => FalseValueModel.Popularity,
            "uniform" => FalseValueModel.Uniform,
            _ => o.FalseValueModel,
        },
        CopyingScope = Environment.GetEnvironmentVariable("CC_COPYSCOPE") switch
        {
            "source" => CopyingScope.PerSource,
            "attribute" => CopyingScope.PerAttribute,
            _ => o.CopyingScope,
        },
        TrustScope = Environment.GetEnvironmentVariable("CC_SCOPE") switch
        {
            "source" => TrustScope.PerSource,
            "attribute" => TrustScope.PerAttribute,
            _ => o.TrustScope,
        },
    };

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
