// Leave-one-out evaluation of the drafter (docs/draft.md):
//   dotnet run -c Release --project benchmarks/ClaimCheck.DraftEvaluation -- [CORPUS-DIR | seeds | real]... [options]
// For every claim file with an article in CORPUS-DIR, drafts its article with the rest of that corpus as --corpus
// (never the article's own file) and compares the draft with the hand-written file. `seeds` is claims/, `real` each
// topic of tests/ClaimCheck.Tests/TestFiles/RealArticles/ (each topic its own corpus; the figures are summed).
// Options:
//   --ranker SPEC   bm25 | tfidf | lucene | fuzzy | tokenset, with settings: bm25:name=3,focus=1,t=3,near=0 (repeatable;
//                   default: the drafter's own ranker, bm25 with its defaults)
//   --compare       every ranker of docs/draft.md's comparison, at several thresholds
//   --keep DIR      write each draft to DIR/CORPUS/SOURCE-ID.yaml
//   --misses        list the hand-written claims not proposed, and those proposed under another key
//   --speed         time the drafting of a 5,000-word article
using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Core;
using ClaimCheck.DraftEvaluation;
using ClaimCheck.Drafting;
using ClaimCheck.Loading;
using ClaimCheck.Loading.Articles;
using ClaimCheck.Quantities;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var repo = FindRepo();
var corpora = new List<(string Name, List<string> Folders)>();
var rankers = new List<string>();
string? keep = null;
bool misses = false, speed = false, compare = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--ranker": rankers.Add(args[++i]); break;
        case "--keep": keep = Path.GetFullPath(args[++i]); break;
        case "--misses": misses = true; break;
        case "--speed": speed = true; break;
        case "--compare": compare = true; break;
        case "--parse":
            // What the quantity reader makes of each wording (for docs/draft.md's list of wordings it misses).
            foreach (var text in args[(i + 1)..])
            {
                var read = QuantityParser.Parse(text);
                Console.WriteLine(read.Success ? $"{text} => {read.Value!.Dimension} {read.Value.Figure} {read.Value.Unit} label={read.Value.Label}" : $"{text} => fails: {read.Error}");
            }

            return;
        case "seeds": corpora.Add(("seeds", [Path.Combine(repo, "claims")])); break;
        case "real":
            corpora.Add(("real", [.. Directory.GetDirectories(Path.Combine(repo, "tests", "ClaimCheck.Tests", "TestFiles", "RealArticles")).Order(StringComparer.Ordinal)]));
            break;
        default: corpora.Add((Path.GetFileName(Path.GetFullPath(args[i]).TrimEnd('/')), [Path.GetFullPath(args[i])])); break;
    }
}

if (corpora.Count == 0) corpora.Add(("seeds", [Path.Combine(repo, "claims")]));
if (compare)
{
    rankers.AddRange(["bm25:name=1,focus=0,t=0", "bm25:name=3,focus=1,t=0", "bm25:name=3,focus=1,t=3", "bm25:name=3,focus=1,t=6",
        "tfidf:name=1,focus=0,t=0", "tfidf:name=3,focus=1,t=0", "tfidf:name=3,focus=1,t=0.1", "tfidf:name=3,focus=1,t=0.2",
        "lucene:name=1,focus=0,t=0", "lucene:name=3,focus=1,t=0", "lucene:name=3,focus=1,t=3", "lucene:name=3,focus=1,t=6",
        "fuzzy:name=3,focus=1,t=0", "fuzzy:name=3,focus=1,t=0.1", "tokenset:t=0", "tokenset:t=60"]);
}

if (rankers.Count == 0) rankers.Add("default");
var work = Directory.CreateTempSubdirectory("claimcheck-draft-eval-").FullName;
try
{
    foreach (var spec in rankers)
    {
        foreach (var (name, folders) in corpora)
        {
            var total = new Tally();
            foreach (var folder in folders)
            {
                var tally = Evaluate(folder, spec, work, keep is null ? null : Path.Combine(keep, Path.GetFileName(folder)), misses && rankers.Count == 1);
                if (folders.Count > 1 && rankers.Count == 1) Console.WriteLine($"  {Path.GetFileName(folder)}: {tally}");
                total.Add(tally);
            }

            Console.WriteLine($"{spec,-28} {name,-8} {total}");
        }
    }

    if (speed) Speed(Path.Combine(repo, "claims"));
}
finally
{
    Directory.Delete(work, recursive: true);
}

static Tally Evaluate(string folder, string spec, string work, string? keep, bool misses)
{
    var tally = new Tally();
    var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    var whole = ClaimCorpus.Load(files);
    var dateSubjects = SubjectMatcher.Build(whole).Where(d => d.Shape.Dates).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
    foreach (var file in files)
    {
        var hand = ClaimCorpus.Load([file]);
        if (hand.Sources.Length != 1) continue;
        var articleFile = hand.Sources[0].Text is { } given
            ? Path.GetFullPath(given, Path.GetDirectoryName(file)!)
            : Path.Combine(Path.GetDirectoryName(file)!, "articles", hand.Sources[0].Id + ".txt");
        if (!File.Exists(articleFile) || ArticleReader.Read(articleFile).Article is not { } article) continue;
        var finder = new QuoteFinder(article);
        var rest = ClaimCorpus.Load(files.Where(f => f != file));
        // "near=0" in a spec turns off the figure's nearness to a subject's figures, to measure what it adds.
        var matcher = new SubjectMatcher(rest, spec == "default" ? null : Rankers.Make(spec)) { UseNearness = !spec.Contains("near=0", StringComparison.Ordinal) };
        var textPath = Path.GetRelativePath(work, articleFile).Replace('\\', '/');
        var yaml = ClaimDrafter.Draft(new DraftInput(article, hand.Sources[0].Id, textPath, hand.Sources[0].Id), matcher);
        var draftFile = Path.Combine(work, hand.Sources[0].Id + ".yaml");
        File.WriteAllText(draftFile, yaml);
        if (keep is not null)
        {
            Directory.CreateDirectory(keep);
            File.WriteAllText(Path.Combine(keep, hand.Sources[0].Id + ".yaml"), yaml);
        }

        var draft = ClaimCorpus.Load([draftFile]);
        tally.Drafts++;
        if (draft.HasErrors) tally.Invalid++;
        tally.QuoteWarnings += draft.Diagnostics.Count(d => d.Code == DiagnosticDescriptors.QuoteNotInArticle.Code || d.Code == DiagnosticDescriptors.QuoteInSkippedLine.Code);
        tally.Drafted += draft.Claims.Length;
        tally.Spam += draft.Claims.Count(c => c.QuoteCheck is { Offset: { } o } q && article.TouchesSkipped(o, q.Length));
        var restKeys = rest.Claims.Select(c => c.Subject).Concat(rest.Registry.Subjects.Keys).ToHashSet(StringComparer.Ordinal);

        foreach (var claim in hand.Claims)
        {
            if ((claim.QuoteCheck ?? (claim.Quote is null ? null : finder.Find(claim.Quote).Check)) is not { Offset: { } at }) continue;
            bool InSentence(Claim d) => d.QuoteCheck is { Offset: { } o } q && o <= at && at < o + q.Length;
            if (claim.Compare is { } compared)
            {
                if (ComparisonParser.Parse(compared) is not { Success: true } c) continue;
                tally.Compares++;
                var found = draft.Claims.FirstOrDefault(d => InSentence(d) && d.Compare is { } dc && ComparisonParser.Parse(dc) is { Success: true } r && SameComparison(r.Value!, c.Value!));
                if (found is null)
                {
                    if (misses) Console.WriteLine($"    missed compare {claim.Ref}: {compared}");
                    continue;
                }

                tally.ComparesProposed++;
                if (found.Subject == claim.Subject && ComparisonParser.Parse(found.Compare!).Value!.OtherSubject == c.Value!.OtherSubject) tally.ComparesSameKeys++;
                else if (misses) Console.WriteLine($"    compare keys {claim.Ref}: {found.Subject} {found.Compare} (hand: {claim.Subject} {compared})");
                continue;
            }

            var options = new QuantityOptions(BareYearIsDate: dateSubjects.Contains(claim.Subject));
            if (claim.Value is null || QuantityParser.Parse(claim.Value, options) is not { Success: true } read) continue;
            tally.Figures++;
            var reachable = restKeys.Contains(claim.Subject);
            var match = draft.Claims.Where(InSentence).FirstOrDefault(d =>
                d.Value is not null && QuantityParser.Parse(d.Value, options) is { Success: true } r
                && r.Value!.Dimension == read.Value!.Dimension && Math.Abs(r.Value.Figure - read.Value.Figure) <= 1e-9 * Math.Max(1, Math.Abs(read.Value.Figure))
                && (r.Value.Dimension != Dimension.Date || (r.Value.Interval.Min == read.Value.Interval.Min && r.Value.Interval.Max == read.Value.Interval.Max)));
            if (match is null)
            {
                if (misses) Console.WriteLine($"    missed {claim.Ref}: {claim.Value}");
                continue;
            }

            tally.Proposed++;
            if (reachable) tally.Reachable++;
            if (match.Subject == claim.Subject)
            {
                tally.SameKey++;
                if (reachable) tally.ReachableSame++;
            }
            else if (misses)
            {
                Console.WriteLine($"    other key {claim.Ref} {claim.Value}: {match.Subject} (hand: {claim.Subject}{(reachable ? "" : ", not in the rest")})");
            }
        }
    }

    return tally;
}

static bool SameComparison(Comparison a, Comparison b) =>
    a.Operator == b.Operator && (a.Factor is null || b.Factor is null || (a.Factor.Value.Min <= b.Factor.Value.Max && b.Factor.Value.Min <= a.Factor.Value.Max));

static void Speed(string folder)
{
    // A 5,000-word article (the five seed articles repeated), drafted against the whole seed corpus after a warm-up.
    var all = ClaimCorpus.Load([folder]);
    var text = string.Join("\n", all.Sources.Select(s => s.Article?.Text ?? string.Empty));
    var long5000 = string.Join("\n", Enumerable.Repeat(text, 1 + (5000 / Math.Max(1, text.Split(' ').Length))));
    var words = long5000.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    var clock = Stopwatch.StartNew();
    var fullMatcher = new SubjectMatcher(all);
    Console.WriteLine($"speed: index of {fullMatcher.Documents.Count} subjects: {clock.Elapsed.TotalMilliseconds:0} ms");
    var best = double.MaxValue;
    for (var run = 0; run < 6; run++)
    {
        clock.Restart();
        var (big, _) = ArticleReader.FromText(long5000);
        var yaml = ClaimDrafter.Draft(new DraftInput(big!, "long", "long.txt", "long"), fullMatcher);
        clock.Stop();
        if (run == 0) Console.WriteLine($"speed: first run (cold, Lingua's models loaded): {clock.Elapsed.TotalMilliseconds:0} ms, {words} words, {yaml.Split("\n  - id:").Length - 1} claims");
        else best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"speed: read + draft of {words} words: {best:0} ms (best of 5 after the first run)");
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln"))) return dir.FullName;
    }

    return Directory.GetCurrentDirectory();
}

internal sealed class Tally
{
    public int Figures, Proposed, SameKey, Reachable, ReachableSame, Spam, Drafts, Invalid, QuoteWarnings, Drafted, Compares, ComparesProposed, ComparesSameKeys;

    public void Add(Tally t)
    {
        Figures += t.Figures; Proposed += t.Proposed; SameKey += t.SameKey; Reachable += t.Reachable; ReachableSame += t.ReachableSame;
        Spam += t.Spam; Drafts += t.Drafts; Invalid += t.Invalid; QuoteWarnings += t.QuoteWarnings; Drafted += t.Drafted;
        Compares += t.Compares; ComparesProposed += t.ComparesProposed; ComparesSameKeys += t.ComparesSameKeys;
    }

    private static string Pct(int a, int b) => (100.0 * a / Math.Max(1, b)).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public override string ToString() =>
        $"figures {Figures}: proposed {Proposed} ({Pct(Proposed, Figures)}), same key {SameKey} ({Pct(SameKey, Proposed)} of proposed), "
        + $"of the {Reachable} whose subject is in the rest: {ReachableSame} ({Pct(ReachableSame, Reachable)}); compares {Compares}: proposed {ComparesProposed}, same keys {ComparesSameKeys}; "
        + $"drafted {Drafted}, spam {Spam}, invalid {Invalid}/{Drafts}, quote warnings {QuoteWarnings}";
}
